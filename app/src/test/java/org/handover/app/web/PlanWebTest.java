package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.List;
import org.handover.app.output.OutputFormat;
import org.handover.app.output.PlanOutput;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.LedgerEntry;
import org.handover.io.access.Role;
import org.handover.io.audit.AuditEntry;
import org.handover.io.audit.AuditLog;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan's whole sign-off through the API: an analyst saves and proposes it, each party's signatory
 * signs it, and the agreement puts its transitions in the planned ledger; every change is audited.
 */
class PlanWebTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.get();
  }

  static String document(String basraMonth) {
    return "{\"title\": \"illustrative handover plan for the web test\", \"transitions\": ["
        + "{\"region\": \"Basrah\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
        + " \"month\": \""
        + basraMonth
        + "\", \"tranche\": 2},"
        + "{\"region\": \"Muthanna\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
        + " \"month\": \"2006-07\", \"tranche\": 1}]}";
  }

  static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  @Test
  void aPlanIsSavedProposedSignedByBothPartiesAndAgreedWithItsAuditTrail() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    WebFixture.Session host = web.signIn(Role.HOST_SIGNATORY);
    WebFixture.Session partner = web.signIn(Role.PARTNER_SIGNATORY);
    WebFixture.Session viewer = web.signIn(Role.VIEWER);
    WebFixture.Session admin = web.signIn(Role.ADMINISTRATOR);
    String plan = "/api/plans/web-flow";

    JsonNode saved = ok(web.send("POST", plan, document("2007-12"), analyst), 201);
    assertThat(saved.get("version").asInt()).isEqualTo(1);
    assertThat(saved.get("status").asText()).isEqualTo("DRAFT");
    String sha1 = saved.get("sha256").asText();
    // the same content again makes no version
    JsonNode again = ok(web.send("POST", plan, document("2007-12"), analyst), 200);
    assertThat(again.get("unchanged").asBoolean()).isTrue();
    assertThat(again.get("version").asInt()).isEqualTo(1);

    // only the current, proposed version can be signed; a draft is refused by the rule
    HttpResponse<String> early = web.send("POST", plan + "/sign", "{\"version\": 1}", host);
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    assertThat(early.body()).contains("rule:");

    ok(web.send("POST", plan + "/propose", "{\"version\": 1}", analyst), 200);
    HttpResponse<String> byViewer = web.send("POST", plan + "/sign", "{\"version\": 1}", viewer);
    assertThat(byViewer.statusCode()).isEqualTo(403);
    assertThat(web.send("POST", plan + "/sign", "{\"version\": 1}", analyst).statusCode())
        .isEqualTo(403);
    assertThat(web.send("POST", plan + "/sign", "{\"version\": 1}", admin).statusCode())
        .isEqualTo(403);
    assertThat(web.send("POST", plan + "/propose", "{\"version\": 1}", host).statusCode())
        .isEqualTo(403);

    JsonNode hostSigned =
        ok(
            web.send(
                "POST",
                plan + "/sign",
                "{\"version\": 1, \"sha256\": \"" + sha1.substring(0, 16) + "\"}",
                host),
            200);
    assertThat(hostSigned.get("party").asText()).isEqualTo("HOST");
    assertThat(hostSigned.get("signatory").asText()).isEqualTo(web.userOf.get(Role.HOST_SIGNATORY));
    assertThat(hostSigned.get("agreed").asBoolean()).isFalse();
    assertThat(hostSigned.get("decisions")).isEmpty();
    // a wrong hash is refused by its rule
    HttpResponse<String> wrongHash =
        web.send("POST", plan + "/sign", "{\"version\": 1, \"sha256\": \"000000000000\"}", partner);
    assertThat(wrongHash.statusCode()).as(wrongHash.body()).isEqualTo(409);

    JsonNode partnerSigned = ok(web.send("POST", plan + "/sign", "{\"version\": 1}", partner), 200);
    assertThat(partnerSigned.get("party").asText()).isEqualTo("PARTNER");
    assertThat(partnerSigned.get("agreed").asBoolean()).isTrue();
    assertThat(partnerSigned.get("status").asText()).isEqualTo("AGREED");
    assertThat(partnerSigned.get("decisions")).hasSize(2);

    List<LedgerEntry> planned =
        new TheaterReader(web.server.storeForTests())
            .ledger("iraq", DecisionKind.PLANNED)
            .entries();
    List<String> ids = planned.stream().map(LedgerEntry::id).toList();
    for (JsonNode id : partnerSigned.get("decisions")) {
      assertThat(ids).contains(id.asText());
    }
    assertThat(planned)
        .anySatisfy(
            e -> {
              assertThat(e.region().name()).isEqualTo("Basra");
              assertThat(e.toStage()).isEqualTo("LOCAL_CONTROL");
              assertThat(e.effective().toString()).startsWith("2007-12");
            });

    JsonNode plannedLedger =
        ok(web.send("GET", "/api/decisions?kind=planned&region=Basrah", null, viewer), 200);
    List<String> agreedIds = new java.util.ArrayList<>();
    partnerSigned.get("decisions").forEach(d -> agreedIds.add(d.asText()));
    assertThat(plannedLedger.get("entries")).isNotEmpty();
    assertThat(plannedLedger.get("entries").findValuesAsText("region")).containsOnly("Basra");
    assertThat(plannedLedger.get("entries").findValuesAsText("id"))
        .containsAnyElementsOf(agreedIds);
    assertThat(web.send("GET", "/api/decisions?kind=imagined", null, viewer).statusCode())
        .isEqualTo(400);

    // the API's version is the command line's plan show --format json
    String shown = web.send("GET", plan, null, viewer).body();
    StringWriter expected = new StringWriter();
    try (PrintWriter w = new PrintWriter(expected)) {
      PlanOutput.show(
          OutputFormat.json,
          "iraq",
          PlanStore.of(web.server.storeForTests(), "iraq").load("web-flow"),
          1,
          w);
    }
    assertThat(shown).isEqualTo(expected.toString());
    JsonNode v1 = JSON.readTree(shown);
    assertThat(v1.get("status").asText()).isEqualTo("AGREED");
    assertThat(v1.get("signatures")).hasSize(2);

    // a new version; signing the old one names the current
    ok(web.send("POST", plan, document("2008-03"), analyst), 201);
    HttpResponse<String> old = web.send("POST", plan + "/sign", "{\"version\": 1}", host);
    assertThat(old.statusCode()).as(old.body()).isEqualTo(409);
    assertThat(old.body()).contains("the current version is 2").contains("rule:");
    JsonNode diff = ok(web.send("GET", plan + "/diff?from=1&to=2", null, viewer), 200);
    assertThat(diff.toString()).contains("2008-03");
    JsonNode list = ok(web.send("GET", "/api/plans", null, viewer), 200);
    assertThat(list.get("plans").findValuesAsText("plan")).contains("web-flow");
    assertThat(web.send("GET", "/api/plans/no-such-plan", null, viewer).statusCode())
        .isEqualTo(404);

    // every change audited, the chain intact
    ok(web.send("GET", "/api/audit/verify", null, admin), 200);
    assertThat(AuditLog.verify(web.server.storeForTests())).isEmpty();
    List<AuditEntry> entries =
        AuditLog.entries(web.server.storeForTests()).stream()
            .filter(e -> e.subject().startsWith("plan web-flow "))
            .toList();
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("plan-save", "plan-propose", "plan-sign", "plan-sign", "plan-save");
    assertThat(entries.get(0).subject()).isEqualTo("plan web-flow version 1");
    assertThat(entries.get(0).details()).contains(sha1);
    assertThat(entries.get(3).details()).contains("\"agreed\":\"true\"");
    assertThat(entries.get(4).subject()).isEqualTo("plan web-flow version 2");
  }

  @Test
  void aBadPlanDocumentIsRefusedNamingTheField() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    HttpResponse<String> r =
        web.send(
            "POST",
            "/api/plans/web-bad",
            "{\"transitions\": [{\"region\": \"Atlantis\", \"from_stage\": \"JOINT\","
                + " \"to_stage\": \"LOCAL_CONTROL\", \"month\": \"2007-12\", \"tranche\": 1}]}",
            analyst);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("Atlantis");
    assertThat(web.send("GET", "/api/plans/web-bad", null, analyst).statusCode()).isEqualTo(404);
  }
}
