package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.app.cli.HandoverCommand;
import org.handover.io.access.Role;
import org.handover.io.access.Users;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine;

/**
 * One server over the built-in Iraq data for every web test in this JVM: the database is built
 * once, the command line's JSON for the things the API also shows is taken before the server opens
 * the database (it then holds it), and one user of each role is added.
 */
final class WebFixture {
  static final String PASSWORD = "correct horse battery staple";
  private static WebFixture instance;

  final Path db;
  final Path benchmarkSet;
  final Path report;
  final WebServer server;
  final String base;
  final Map<String, String> cli = new LinkedHashMap<>();
  final Map<Role, String> userOf = new EnumMap<>(Role.class);
  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A signed-in browser session: its cookie and CSRF token. */
  record Session(String cookie, String csrf, String token) {}

  static synchronized WebFixture get() throws Exception {
    if (instance == null) {
      instance = new WebFixture();
    }
    return instance;
  }

  private WebFixture() throws Exception {
    Path dir = Files.createTempDirectory("handover-web-test-");
    db = dir.resolve("iraq.duckdb");
    cli("example", "example", "--db", db.toString());
    cli(
        "assess-2007-06",
        "assess",
        "--as-of",
        "2007-06",
        "--format",
        "json",
        "--db",
        db.toString());
    cli("assess-last", "assess", "--format", "json", "--db", db.toString());
    cli(
        "assess-basra",
        "assess",
        "--as-of",
        "2007-06",
        "--region",
        "Basra",
        "--format",
        "json",
        "--db",
        db.toString());
    cli("history-basra", "history", "--region", "Basra", "--format", "json", "--db", db.toString());
    cli(
        "decisions-basra",
        "decisions",
        "--region",
        "Basra",
        "--format",
        "json",
        "--db",
        db.toString());
    cli("decisions", "decisions", "--format", "json", "--db", db.toString());
    cli(
        "forecast-basra",
        "forecast",
        "--as-of",
        "2007-06",
        "--region",
        "Basra",
        "--format",
        "json",
        "--db",
        db.toString());
    cli(
        "plan-2007-06",
        "plan",
        "--as-of",
        "2007-06",
        "--horizon",
        "24",
        "--format",
        "json",
        "--db",
        db.toString());
    cli("outlook", "outlook", "--as-of", "2007-06", "--format", "json", "--db", db.toString());
    report = dir.resolve("report.html");
    cli(
        "report",
        "report",
        "--as-of",
        "2007-06",
        "--no-forecast",
        "--out",
        report.toString(),
        "--db",
        db.toString());
    Store store = Store.open(db);
    for (Role r : Role.values()) {
      String name = r.id();
      Users.add(store, name, r, PASSWORD.toCharArray(), "test");
      userOf.put(r, name);
    }
    Path set = new TheaterReader(store).benchmarkSet("iraq").orElseThrow();
    benchmarkSet = set;
    server =
        WebServer.start(
            new WebServer.Settings(store, "iraq", set, "127.0.0.1", 0, Optional.empty()));
    base = "http://127.0.0.1:" + server.port();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                }));
  }

  private void cli(String key, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = HandoverCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
    cli.put(key, out.toString());
  }

  /** The Vega-Lite specs of {@code handover report --as-of 2007-06 --no-forecast}, by chart id. */
  JsonNode reportSpecs() throws Exception {
    String html = Files.readString(report);
    String open = "<script type=\"application/json\" id=\"handover-specs\">";
    int start = html.indexOf(open);
    assertThat(start).as("the report's specs").isNotNegative();
    int end = html.indexOf("</script>", start);
    return new ObjectMapper().readTree(html.substring(start + open.length(), end));
  }

  Session signIn(Role role) throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/login",
            "{\"user\":\"" + userOf.get(role) + "\",\"password\":\"" + PASSWORD + "\"}",
            null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    JsonNode body = new ObjectMapper().readTree(r.body());
    return new Session(
        cookie, body.get("csrf_token").asText(), cookie.substring(cookie.indexOf('=') + 1));
  }

  HttpResponse<String> send(String method, String path, String body, Session s) throws Exception {
    return send(method, path, body, s, true);
  }

  /** A request as a browser sends it: the cookie, and (if {@code csrf}) the CSRF token. */
  HttpResponse<String> send(String method, String path, String body, Session s, boolean csrf)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    List<String> headers = new ArrayList<>();
    if (s != null) {
      headers.add("Cookie");
      headers.add(s.cookie());
      if (csrf) {
        headers.add("X-CSRF-Token");
        headers.add(s.csrf());
      }
    }
    for (int i = 0; i < headers.size(); i += 2) {
      b.header(headers.get(i), headers.get(i + 1));
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> bearer(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
