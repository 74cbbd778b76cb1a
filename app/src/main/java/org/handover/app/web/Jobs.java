package org.handover.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.handover.engine.HandoverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long work (a policy comparison, a plan) off the request thread: a POST starts a job and answers
 * at once with its id; GET polls its progress and, when done, its result. One job runs at a time
 * (the machine's cores are the comparison's); the others wait in order.
 */
final class Jobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
  private static final int KEPT = 50;

  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "handover-job");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private volatile Consumer<Job> stepHook = job -> {};

  /**
   * Runs {@code hook} on the job's thread at each step a job reports, once the step is what a poll
   * sees: a test holds a job there to see its progress without racing it.
   */
  void onStep(Consumer<Job> hook) {
    this.stepHook = hook == null ? job -> {} : hook;
  }

  /** Progress reported by a running job. */
  interface Progress {
    void step(String what, int done, int total);
  }

  /** A job's state as the API shows it. */
  record JobStatus(
      String id,
      String kind,
      String owner,
      String state,
      String step,
      int done,
      int total,
      String submitted,
      String finished,
      String error) {}

  static final class Job {
    final String id;
    final String kind;
    final String owner;

    /** What the work was asked to do, in words, for whatever keeps its result (a plan's source). */
    final String about;

    final Instant submitted = Instant.now();
    volatile String state = "queued";
    volatile String step = "waiting for the job before it";
    final AtomicInteger done = new AtomicInteger();
    volatile int total = 1;
    volatile Instant finished;
    volatile String error;
    volatile String result;
    private final CountDownLatch ended = new CountDownLatch(1);

    /** Waits until the job has ended (done or failed); false if {@code limit} passed first. */
    boolean awaitEnd(Duration limit) throws InterruptedException {
      return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    Job(String id, String kind, String owner, String about) {
      this.id = id;
      this.kind = kind;
      this.owner = owner;
      this.about = about;
    }

    JobStatus status() {
      return new JobStatus(
          id,
          kind,
          owner,
          state,
          step,
          done.get(),
          total,
          submitted.toString(),
          finished == null ? null : finished.toString(),
          error);
    }
  }

  /** Queues {@code work}; its result (JSON text) is kept with the job. */
  Job submit(String kind, String owner, Function<Progress, String> work) {
    return submit(kind, owner, kind, work);
  }

  /** Queues {@code work}, saying in {@code about} what it was asked to do. */
  Job submit(String kind, String owner, String about, Function<Progress, String> work) {
    if (jobs.size() >= KEPT) {
      jobs.values().stream()
          .filter(j -> j.finished != null)
          .min((a, b) -> a.finished.compareTo(b.finished))
          .ifPresent(j -> jobs.remove(j.id));
    }
    if (jobs.size() >= KEPT) {
      throw new ApiError(503, "too many jobs queued: try again when some have finished");
    }
    Job job = new Job(UUID.randomUUID().toString(), kind, owner, about);
    jobs.put(job.id, job);
    runner.execute(
        () -> {
          job.state = "running";
          job.step = "starting";
          try {
            job.result =
                work.apply(
                    (what, done, total) -> {
                      job.step = what;
                      job.total = total;
                      job.done.set(done);
                      stepHook.accept(job);
                    });
            job.state = "done";
            job.step = "done";
          } catch (HandoverException | ApiError e) {
            job.state = "failed";
            job.error = e.getMessage();
          } catch (RuntimeException | OutOfMemoryError e) {
            String id = UUID.randomUUID().toString();
            LOG.error("job {} failed, error id {}", job.id, id, e);
            job.state = "failed";
            job.error = "internal error: a bug in Handover; its id in the server log is " + id;
          } finally {
            job.finished = Instant.now();
            job.ended.countDown();
          }
        });
    return job;
  }

  Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
