package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.handover.io.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API's JSON is the command line's --format json for the same thing. */
class ApiJsonTest {
  static WebFixture web;
  static WebFixture.Session viewer;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.get();
    viewer = web.signIn(Role.VIEWER);
  }

  String get(String path) throws Exception {
    HttpResponse<String> r = web.send("GET", path, null, viewer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return r.body();
  }

  @Test
  void aMonthsAssessmentIsByteForByteTheCommandLines() throws Exception {
    assertThat(get("/api/assessment?as_of=2007-06")).isEqualTo(web.cli.get("assess-2007-06"));
    assertThat(get("/api/assessment")).isEqualTo(web.cli.get("assess-last"));
  }

  @Test
  void aRegionsPageDataIsMadeOfTheCommandLinesResults() throws Exception {
    JsonNode page = JSON.readTree(get("/api/regions/basrah?as_of=2007-06"));
    assertThat(page.get("region").asText()).isEqualTo("Basra");
    assertThat(page.get("as_of").asText()).isEqualTo("2007-06");
    assertThat(page.get("assessment")).isEqualTo(JSON.readTree(web.cli.get("assess-basra")));
    assertThat(page.get("history")).isEqualTo(JSON.readTree(web.cli.get("history-basra")));
    assertThat(page.get("decisions")).isEqualTo(JSON.readTree(web.cli.get("decisions-basra")));
    JsonNode region = page.get("assessment").get("regions").get(0);
    assertThat(region.get("conditions").size()).isPositive();
    assertThat(region.get("conditions").get(0).get("benchmarks").get(0).has("value")).isTrue();
  }

  @Test
  void aRegionsForecastAndTheOutlookAreTheCommandLines() throws Exception {
    assertThat(get("/api/regions/Basra/forecast?as_of=2007-06"))
        .isEqualTo(web.cli.get("forecast-basra"));
    assertThat(get("/api/outlook?as_of=2007-06")).isEqualTo(web.cli.get("outlook"));
  }

  @Test
  void theLedgerIsTheCommandLines() throws Exception {
    assertThat(JSON.readTree(get("/api/decisions")))
        .isEqualTo(JSON.readTree(web.cli.get("decisions")));
  }

  /**
   * The region page's charts are the report's: the benchmarks' spec is the report's own for the
   * region, and the forecast fan and outlook curve draw the command line's numbers.
   */
  @Test
  void aRegionsChartsAreTheReportsSpecsForTheRegion() throws Exception {
    JsonNode charts = JSON.readTree(get("/api/charts/regions/basrah?as_of=2007-06"));
    assertThat(charts.get("as_of").asText()).isEqualTo("2007-06");
    JsonNode specs = charts.get("specs");
    assertThat(specs.size()).isEqualTo(1);
    JsonNode report = web.reportSpecs();
    assertThat(specs.get("region-basra-benchmarks"))
        .as("the report's own spec for Basra's benchmarks")
        .isEqualTo(report.get("region-basra-benchmarks"));
    String html = charts.get("sections").get("regions").get("html").asText();
    assertThat(html)
        .contains("id=\"region-basra-benchmarks\"")
        .contains("Benchmark verdicts for Basra")
        .doesNotContain("Karbala");

    JsonNode fc = JSON.readTree(get("/api/charts/regions/Basra/forecast?as_of=2007-06"));
    assertThat(fc.get("specs").properties())
        .extracting(e -> e.getKey())
        .containsExactly("forecast-fans", "forecast-outlook");
    JsonNode cliForecast = JSON.readTree(web.cli.get("forecast-basra")).get("regions").get(0);
    List<JsonNode> fan = new ArrayList<>();
    fc.get("specs").get("forecast-fans").get("data").get("values").forEach(fan::add);
    assertThat(fan).allSatisfy(r -> assertThat(r.get("region").asText()).isEqualTo("Basra"));
    List<JsonNode> forecastRows =
        fan.stream()
            .filter(r -> r.get("kind").asText().equals("forecast") && r.get("month").isTextual())
            .toList();
    JsonNode months = cliForecast.get("months");
    assertThat(forecastRows).hasSizeGreaterThanOrEqualTo(months.size());
    List<JsonNode> ahead =
        forecastRows.subList(forecastRows.size() - months.size(), forecastRows.size());
    for (int i = 0; i < months.size(); i++) {
      assertThat(ahead.get(i).get("q50").asDouble())
          .as("median of %s", months.get(i).get("month"))
          .isCloseTo(months.get(i).get("q50").asDouble(), within(1e-6));
    }
    JsonNode outlook = null;
    for (JsonNode r : JSON.readTree(web.cli.get("outlook")).get("regions")) {
      if (r.get("region").asText().equals("Basra")) {
        outlook = r;
      }
    }
    List<Double> curve = new ArrayList<>();
    fc.get("specs")
        .get("forecast-outlook")
        .get("data")
        .get("values")
        .forEach(v -> curve.add(v.get("p").asDouble()));
    List<Double> chances = new ArrayList<>();
    outlook.get("months").forEach(m -> chances.add(m.get("p_ready_by").asDouble()));
    assertThat(curve).hasSize(chances.size());
    for (int i = 0; i < curve.size(); i++) {
      assertThat(curve.get(i)).isCloseTo(chances.get(i), within(1e-3));
    }
  }

  /**
   * The job is held at its first step with a total by a hook on its own thread, so the poll sees
   * its progress however fast the machine is; then it runs to its end, awaited, not polled for.
   */
  @Test
  void theComparisonRunsAsAJobWithProgressAndNeverHoldsTheRequest() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    Jobs jobs = web.server.jobs();
    CountDownLatch reached = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    jobs.onStep(
        job -> {
          if (job.total > 1 && reached.getCount() > 0) {
            reached.countDown();
            try {
              release.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    try {
      Instant start = Instant.now();
      HttpResponse<String> started =
          web.send("POST", "/api/comparisons", "{\"as_of\":\"2006-06\",\"paths\":20}", analyst);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
      String id = JSON.readTree(started.body()).get("id").asText();
      String poll = JSON.readTree(started.body()).get("poll").asText();
      assertThat(reached.await(5, TimeUnit.MINUTES)).as("the job reached a step").isTrue();
      JsonNode running = JSON.readTree(web.send("GET", poll, null, analyst).body());
      assertThat(running.get("state").asText()).isEqualTo("running");
      assertThat(running.get("total").asInt()).isGreaterThan(1);
      assertThat(running.get("done").asInt()).isLessThan(running.get("total").asInt());
      assertThat(running.get("step").asText()).isNotBlank();
      assertThat(running.has("result")).isFalse();
      release.countDown();
      assertThat(jobs.find(id).orElseThrow().awaitEnd(Duration.ofMinutes(5))).isTrue();
      JsonNode status = JSON.readTree(web.send("GET", poll, null, analyst).body());
      assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
      assertThat(status.get("done").asInt()).isEqualTo(status.get("total").asInt());
      JsonNode result = status.get("result");
      assertThat(result.get("provenance").get("seed").asLong()).isEqualTo(42);
      assertThat(result.toString()).contains("status-quo");
    } finally {
      release.countDown();
      jobs.onStep(null);
    }
  }
}
