package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.handover.io.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner through the API: a job whose result is {@code handover plan --format json} byte for
 * byte, with its progress; the solved plan saved as a draft from the job; constraints checked
 * before any job starts.
 */
class PlanSolveWebTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.get();
  }

  /**
   * The job is held at its solving step by a hook on its own thread, so the poll sees its progress
   * however fast the machine is; then it runs to its end, awaited, not polled for.
   */
  @Test
  void aPlanJobGivesTheCommandLinesPlanAndIsSavedAsADraft() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    Jobs jobs = web.server.jobs();
    CountDownLatch reached = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    jobs.onStep(
        job -> {
          if (job.kind.equals("plan") && job.step.startsWith("solving") && reached.getCount() > 0) {
            reached.countDown();
            try {
              release.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    String id;
    try {
      HttpResponse<String> started =
          web.send(
              "POST",
              "/api/plans/solve",
              "{\"as_of\":\"2007-06\",\"horizon\":24,\"constraints\":\"iraq-2007.yaml\"}",
              analyst);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      id = JSON.readTree(started.body()).get("id").asText();
      String poll = JSON.readTree(started.body()).get("poll").asText();
      assertThat(started.headers().firstValue("Location")).contains(poll);
      assertThat(reached.await(5, TimeUnit.MINUTES))
          .as("the job reached its solving step")
          .isTrue();
      JsonNode running = JSON.readTree(web.send("GET", poll, null, analyst).body());
      assertThat(running.get("state").asText()).isEqualTo("running");
      assertThat(running.get("kind").asText()).isEqualTo("plan");
      assertThat(running.get("step").asText()).startsWith("solving");
      assertThat(running.get("done").asInt()).isEqualTo(2);
      assertThat(running.get("total").asInt()).isEqualTo(4);
      assertThat(running.has("result")).isFalse();
      // nothing to save yet
      HttpResponse<String> early =
          web.send("POST", "/api/plans/too-early?job=" + id, null, analyst);
      assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
      release.countDown();
      assertThat(jobs.find(id).orElseThrow().awaitEnd(Duration.ofMinutes(5))).isTrue();
      JsonNode status = JSON.readTree(web.send("GET", poll, null, analyst).body());
      assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
      assertThat(status.get("done").asInt()).isEqualTo(status.get("total").asInt());
      // byte for byte the command line's handover plan --as-of 2007-06 --horizon 24 --format json:
      // the same constraints file (name and hash), seed, solver settings and provenance
      String result = jobs.find(id).orElseThrow().result;
      assertThat(result).isEqualTo(web.cli.get("plan-2007-06"));
      assertThat(status.get("result")).isEqualTo(JSON.readTree(result));
      assertThat(status.get("result").get("transitions")).isNotEmpty();
    } finally {
      release.countDown();
      jobs.onStep(null);
    }

    // saved as a draft from the job: the job's result is the document
    JsonNode saved = ok(web.send("POST", "/api/plans/solved-on-web?job=" + id, null, analyst), 201);
    assertThat(saved.get("version").asInt()).isEqualTo(1);
    assertThat(saved.get("status").asText()).isEqualTo("DRAFT");
    JsonNode again = ok(web.send("POST", "/api/plans/solved-on-web?job=" + id, null, analyst), 200);
    assertThat(again.get("unchanged").asBoolean()).isTrue();
    JsonNode shown = ok(web.send("GET", "/api/plans/solved-on-web", null, analyst), 200);
    JsonNode expected = JSON.readTree(web.cli.get("plan-2007-06")).get("transitions");
    assertThat(shown.get("created_by").asText()).isEqualTo(web.userOf.get(Role.ANALYST));
    assertThat(shown.get("transitions")).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      for (String field : new String[] {"from_stage", "to_stage", "month", "tranche"}) {
        assertThat(shown.get("transitions").get(i).get(field))
            .isEqualTo(expected.get(i).get(field));
      }
    }
    assertThat(shown.get("provenance").asText())
        .contains("handover plan --as-of 2007-06 --horizon 24")
        .contains("iraq-2007.yaml")
        .contains("job " + id);
    // a job that is not there, or a body beside the job, is refused
    assertThat(web.send("POST", "/api/plans/x?job=nope", null, analyst).statusCode())
        .isEqualTo(404);
    HttpResponse<String> both =
        web.send("POST", "/api/plans/x?job=" + id, PlanWebTest.document("2007-12"), analyst);
    assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
  }

  @Test
  void badConstraintsAreRefusedNamingLineAndKeyBeforeAnyJobStarts() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    String yaml = "plan: mine\\ntarget_stage: LOCAL_CONTROL\\ntransitions:\\n  per_moon: 2\\n";
    HttpResponse<String> r =
        web.send("POST", "/api/plans/solve", "{\"constraints\":\"" + yaml + "\"}", analyst);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText())
        .startsWith("constraints:4:")
        .contains("per_moon");

    HttpResponse<String> stage =
        web.send(
            "POST",
            "/api/plans/solve",
            "{\"constraints\":\"plan: mine\\ntarget_stage: SOVEREIGN\\n\"}",
            analyst);
    assertThat(stage.statusCode()).as(stage.body()).isEqualTo(400);
    assertThat(JSON.readTree(stage.body()).get("error").asText())
        .startsWith("constraints:2:")
        .contains("target_stage")
        .contains("SOVEREIGN");

    HttpResponse<String> syntax =
        web.send(
            "POST", "/api/plans/solve", "{\"constraints\":\"plan: [mine\\nnote: x\\n\"}", analyst);
    assertThat(syntax.statusCode()).as(syntax.body()).isEqualTo(400);
    assertThat(JSON.readTree(syntax.body()).get("error").asText())
        .startsWith("constraints:")
        .contains("not valid YAML");

    HttpResponse<String> name =
        web.send("POST", "/api/plans/solve", "{\"constraints\":\"iraq-2099\"}", analyst);
    assertThat(name.statusCode()).as(name.body()).isEqualTo(400);
    assertThat(name.body()).contains("iraq-2099").contains("iraq-2007.yaml");

    HttpResponse<String> field = web.send("POST", "/api/plans/solve", "{\"paths\":10}", analyst);
    assertThat(field.statusCode()).as(field.body()).isEqualTo(400);
    assertThat(field.body()).contains("paths");

    HttpResponse<String> limit =
        web.send("POST", "/api/plans/solve", "{\"time_limit\":100000}", analyst);
    assertThat(limit.statusCode()).as(limit.body()).isEqualTo(400);
    assertThat(limit.body()).contains("time_limit");
  }

  static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }
}
