package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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

  @Test
  void theComparisonRunsAsAJobWithProgressAndNeverHoldsTheRequest() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    Instant start = Instant.now();
    HttpResponse<String> started =
        web.send("POST", "/api/comparisons", "{\"as_of\":\"2006-06\",\"paths\":20}", analyst);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    String poll = JSON.readTree(started.body()).get("poll").asText();
    JsonNode status = null;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    boolean sawProgress = false;
    while (Instant.now().isBefore(deadline)) {
      status = JSON.readTree(web.send("GET", poll, null, analyst).body());
      if (status.get("state").asText().equals("running") && status.get("total").asInt() > 1) {
        sawProgress = true;
      }
      if (status.get("state").asText().equals("done")
          || status.get("state").asText().equals("failed")) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
    assertThat(status.get("done").asInt()).isEqualTo(status.get("total").asInt());
    assertThat(sawProgress).isTrue();
    JsonNode result = status.get("result");
    assertThat(result.get("provenance").get("seed").asLong()).isEqualTo(42);
    assertThat(result.toString()).contains("status-quo");
  }
}
