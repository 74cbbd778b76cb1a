package org.handover.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load at a constant arrival rate on a running {@code handover serve}: request i is due at start +
 * i / rate whatever happened to the ones before, and its latency runs from when it was due, not
 * from when it was sent, so a stalled server is charged for every request it held back (coordinated
 * omission corrected). Latencies go into an HdrHistogram; each minute's is printed too, for soaks.
 *
 * <p>{@code WebLoad BASE USER PASSWORD RATE SECONDS PATH [PATH ...]}: paths are requested in turn.
 */
public final class WebLoad {
  /** Connections (and threads) the load is sent on. */
  private static final int WORKERS = 64;

  private WebLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println("usage: WebLoad BASE USER PASSWORD RATE SECONDS PATH [PATH ...]");
      System.exit(2);
    }
    String base = args[0];
    double rate = Double.parseDouble(args[3]);
    long seconds = Long.parseLong(args[4]);
    List<String> paths = List.of(args).subList(5, args.length);
    // keep one connection per worker alive between its requests
    System.setProperty("http.maxConnections", Integer.toString(WORKERS));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"user\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.body());
    }
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    List<HttpRequest> requests =
        paths.stream()
            .map(
                p ->
                    HttpRequest.newBuilder(URI.create(base + p))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build())
            .toList();
    // warm-up: the server caches each month's JSON on first use
    for (HttpRequest r : requests) {
      http.send(r, HttpResponse.BodyHandlers.discarding());
    }
    Histogram all = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    Recorder minute = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    long total = (long) (rate * seconds);
    long periodNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    // As wrk2 does: a fixed number of connections, worker j sending requests j, j + W, j + 2W ...
    // each when it is due (or at once, if the worker is late); memory stays bounded however slow
    // the server, and a late request is still charged from when it was due.
    Thread[] workers = new Thread[WORKERS];
    for (int w = 0; w < WORKERS; w++) {
      int first = w;
      workers[w] =
          new Thread(
              () -> {
                for (long i = first; i < total; i += WORKERS) {
                  long due = start + i * periodNanos;
                  long wait;
                  while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  String failure = null;
                  try {
                    // HttpURLConnection streams the answer away: nothing of it is kept
                    HttpURLConnection c =
                        (HttpURLConnection)
                            URI.create(base + paths.get((int) (i % paths.size())))
                                .toURL()
                                .openConnection();
                    c.setRequestProperty("Authorization", "Bearer " + token);
                    c.setConnectTimeout(10_000);
                    c.setReadTimeout(60_000);
                    int code = c.getResponseCode();
                    try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                      long n = in == null ? 0 : in.transferTo(OutputStream.nullOutputStream());
                      if (code != 200) {
                        failure = "HTTP " + code;
                      } else {
                        bytes.addAndGet(n);
                      }
                    }
                  } catch (Exception e) {
                    failure = e.toString();
                  }
                  long latency = Math.min(System.nanoTime() - due, TimeUnit.SECONDS.toNanos(60));
                  synchronized (all) {
                    all.recordValue(latency);
                  }
                  minute.recordValue(latency);
                  if (failure != null) {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) {
                      firstErrors.add(failure);
                    }
                  }
                }
              },
              "load-" + w);
      workers[w].start();
    }
    long nextReport = start + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      boolean alive = false;
      for (Thread t : workers) {
        alive |= t.isAlive();
      }
      if (!alive) {
        break;
      }
      if (System.nanoTime() >= nextReport) {
        report(
            "minute " + TimeUnit.NANOSECONDS.toMinutes(nextReport - start),
            minute.getIntervalHistogram());
        nextReport += TimeUnit.MINUTES.toNanos(1);
      }
      Thread.sleep(100);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "paths %s: %d requests in %.1f s (%.1f/s offered %.0f/s), %d errors %s, %.0f bytes per"
            + " answer%n",
        paths,
        total,
        elapsed,
        total / elapsed,
        rate,
        errors.get(),
        firstErrors,
        (double) bytes.get() / Math.max(1, total - errors.get()));
    report("all", all);
    System.exit(0);
  }

  private static void report(String label, Histogram h) {
    System.out.printf(
        "%s: n=%d p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
        label,
        h.getTotalCount(),
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(90) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getValueAtPercentile(99.9) / 1e6,
        h.getMaxValue() / 1e6);
  }
}
