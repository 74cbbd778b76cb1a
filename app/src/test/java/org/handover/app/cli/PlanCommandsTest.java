package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans at the command line on a copy of the built-in example: save, propose, sign by both parties,
 * the planned ledger, a second agreement, refusals and the diff. Each test works on its own plan.
 */
class PlanCommandsTest {
  static final List<String> PLAN_DIFF_COLUMNS =
      List.of(
          "part",
          "change",
          "region",
          "from_stage",
          "to_stage",
          "month_before",
          "month_after",
          "tranche_before",
          "tranche_after",
          "months_later",
          "pointer",
          "value_before",
          "value_after");

  @TempDir static Path dir;
  static Path db;

  static final String TRANSITION =
      "{\"region\": \"%s\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
          + " \"month\": \"%s\", \"tranche\": %d}";

  static CommandLineTest.Run inDb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db.toString());
    return CommandLineTest.run(all.toArray(String[]::new));
  }

  static CommandLineTest.Run ok(String... args) {
    CommandLineTest.Run r = inDb(args);
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  /** The real command in its own process, with {@code environment} added to this one's. */
  static CommandLineTest.Run process(Map<String, String> environment, List<String> args)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.handover.app.Main"));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(environment);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    return new CommandLineTest.Run(exit, Files.readString(out), Files.readString(err));
  }

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("iraq.duckdb");
    CommandLineTest.Run r = CommandLineTest.run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  /** A plan file moving Basra in {@code basraMonth}, Maysan in 2007-04 and {@code extra}. */
  static Path planFile(String name, String basraMonth, String constraint, String... extra)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(TRANSITION, "Basra", basraMonth, 2));
    lines.add(String.format(TRANSITION, "Maysan", "2007-04", 1));
    lines.addAll(List.of(extra));
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        "{\"as_of\": \"2007-06\", \"constraints\": {\"max_per_month\": "
            + constraint
            + "},\n \"transitions\": [\n  "
            + String.join(",\n  ", lines)
            + "\n]}\n");
    return file;
  }

  static void agree(String plan, int version) {
    ok("plan", "propose", plan, "--version", "" + version, "--by", "planners");
    ok(
        "plan",
        "sign",
        plan,
        "--version",
        "" + version,
        "--party",
        "host",
        "--signatory",
        "Prime Minister");
    CommandLineTest.Run r =
        ok(
            "plan",
            "sign",
            plan,
            "--version",
            "" + version,
            "--party",
            "PARTNER",
            "--signatory",
            "Ambassador");
    assertThat(r.out()).contains("agreed: both parties have signed version " + version);
  }

  static JsonNode json(CommandLineTest.Run r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void aPlanSignedByOnePartyOnlyIsNotAgreedAndPutsNothingInTheLedger() throws Exception {
    ok(
        "plan",
        "save",
        "one",
        "--from",
        planFile("one.json", "2007-12", "3").toString(),
        "--by",
        "planners");
    ok("plan", "propose", "one", "--by", "planners");
    CommandLineTest.Run signed =
        ok(
            "plan",
            "sign",
            "one",
            "--version",
            "1",
            "--party",
            "host",
            "--signatory",
            "Prime Minister");
    assertThat(signed.out()).contains("not agreed yet: waiting for the partner's signature");
    JsonNode show = json(ok("plan", "show", "one", "--format", "json"));
    assertThat(show.get("status").asText()).isEqualTo("PROPOSED");
    assertThat(show.get("signatures")).hasSize(1);
    assertThat(show.get("in_force_version").isNull()).isTrue();
    assertThat(show.get("document").get("constraints").get("max_per_month").asInt()).isEqualTo(3);
    JsonNode planned = json(ok("decisions", "--kind", "planned", "--format", "json"));
    for (JsonNode e : planned.get("entries")) {
      assertThat(e.get("id").asText()).doesNotStartWith("plan/one/");
    }
  }

  @Test
  void bothPartiesAgreeAVersionAndDecisionsKindPlannedShowsItsTransitions() throws Exception {
    String hash =
        ok(
                "plan",
                "save",
                "both",
                "--from",
                planFile("both.json", "2007-12", "3").toString(),
                "--by",
                "planners")
            .out()
            .replaceAll("(?s).*sha256 ([0-9a-f]{64}).*", "$1");
    ok("plan", "propose", "both", "--by", "planners");
    ok(
        "plan",
        "sign",
        "both",
        "--version",
        "1",
        "--party",
        "host",
        "--signatory",
        "Prime Minister",
        "--sha256",
        hash.substring(0, 12));
    ok("plan", "sign", "both", "--version", "1", "--party", "partner", "--signatory", "Ambassador");
    JsonNode planned = json(ok("decisions", "--kind", "planned", "--format", "json"));
    List<JsonNode> mine = new ArrayList<>();
    planned
        .get("entries")
        .forEach(
            e -> {
              if (e.get("id").asText().startsWith("plan/both/")) {
                mine.add(e);
              }
            });
    assertThat(mine)
        .extracting(e -> e.get("id").asText())
        .containsExactly(
            "plan/both/v1/maysan/LOCAL_CONTROL/2007-04",
            "plan/both/v1/basra/LOCAL_CONTROL/2007-12");
    JsonNode basra = mine.get(1);
    assertThat(basra.get("kind").asText()).isEqualTo("PLANNED");
    assertThat(basra.get("effective").asText()).isEqualTo("2007-12-01");
    assertThat(basra.get("from_stage").asText()).isEqualTo("JOINT");
    assertThat(basra.get("source").asText()).isEqualTo("plan both version 1, sha256 " + hash);
    assertThat(basra.get("agreed_by"))
        .extracting(JsonNode::asText)
        .containsExactly("Prime Minister (host)", "Ambassador (partner)");
    assertThat(basra.get("origin").asText())
        .isEqualTo("recorded when handover plan sign agreed the plan");
    JsonNode real = json(ok("decisions", "--format", "json"));
    for (JsonNode e : real.get("entries")) {
      assertThat(e.get("kind").asText()).isEqualTo("REAL");
    }
    assertThat(json(ok("plan", "show", "both", "--format", "json")).get("status").asText())
        .isEqualTo("AGREED");
  }

  @Test
  void aChangedPlanLosesItsSignaturesAndSigningTheOldVersionFailsNamingTheCurrentOne()
      throws Exception {
    ok(
        "plan",
        "save",
        "changed",
        "--from",
        planFile("c1.json", "2007-12", "3").toString(),
        "--by",
        "planners");
    ok("plan", "propose", "changed", "--by", "planners");
    ok(
        "plan",
        "sign",
        "changed",
        "--version",
        "1",
        "--party",
        "host",
        "--signatory",
        "Prime Minister");
    CommandLineTest.Run saved =
        ok(
            "plan",
            "save",
            "changed",
            "--from",
            planFile("c2.json", "2008-03", "3").toString(),
            "--by",
            "planners");
    assertThat(saved.out())
        .contains("version 2 (DRAFT")
        .contains("version 1 is superseded: its signatures are void");
    CommandLineTest.Run old =
        inDb(
            "plan",
            "sign",
            "changed",
            "--version",
            "1",
            "--party",
            "partner",
            "--signatory",
            "Ambassador");
    assertThat(old.exit()).isEqualTo(2);
    assertThat(old.err())
        .contains(
            "cannot sign plan changed version 1 for partner: version 1 is superseded; the current version is 2 (DRAFT")
        .contains("rule: only the current version can be proposed or signed");
    CommandLineTest.Run draft =
        inDb(
            "plan",
            "sign",
            "changed",
            "--version",
            "2",
            "--party",
            "partner",
            "--signatory",
            "Ambassador");
    assertThat(draft.exit()).isEqualTo(2);
    assertThat(draft.err()).contains("it is a draft, not proposed; propose it first");
    JsonNode v1 = json(ok("plan", "show", "changed", "--version", "1", "--format", "json"));
    assertThat(v1.get("description").asText())
        .isEqualTo("PROPOSED, superseded by version 2 (its signatures are void)");
    assertThat(v1.get("signatures").get(0).get("valid").asBoolean()).isFalse();
    assertThat(json(ok("plan", "show", "changed", "--format", "json")).get("signatures")).isEmpty();
    CommandLineTest.Run same =
        ok(
            "plan",
            "save",
            "changed",
            "--from",
            planFile("c3.json", "2008-03", "3").toString(),
            "--by",
            "x");
    assertThat(same.out()).startsWith("unchanged: plan changed version 2");
  }

  @Test
  void aSecondAgreementSupersedesTheFirstsPlannedDecisions() throws Exception {
    ok(
        "plan",
        "save",
        "twice",
        "--from",
        planFile("t1.json", "2007-12", "3").toString(),
        "--by",
        "planners");
    agree("twice", 1);
    ok(
        "plan",
        "save",
        "twice",
        "--from",
        planFile("t2.json", "2008-03", "3").toString(),
        "--by",
        "planners");
    JsonNode v1 = json(ok("plan", "show", "twice", "--version", "1", "--format", "json"));
    assertThat(v1.get("description").asText())
        .isEqualTo("AGREED, in force (version 2 is a later draft)");
    agree("twice", 2);
    CommandLineTest.Run table = ok("decisions", "--kind", "planned");
    assertThat(table.out())
        .contains("plan/twice/v1/basra/LOCAL_CONTROL/2007-12")
        .containsPattern(
            "plan/twice/v1/basra/LOCAL_CONTROL/2007-12 .*superseded by plan/twice/v2/basra/LOCAL_CONTROL/2008-03");
    JsonNode v1after = json(ok("plan", "show", "twice", "--version", "1", "--format", "json"));
    assertThat(v1after.get("description").asText())
        .isEqualTo("AGREED, superseded by the agreement of version 2");
    CommandLineTest.Run again =
        inDb("plan", "sign", "twice", "--version", "2", "--party", "host", "--signatory", "Deputy");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("it is already agreed");
  }

  @Test
  void theDiffShowsTransitionsMovedAddedRemovedAndTheDocumentByPointer() throws Exception {
    ok(
        "plan",
        "save",
        "diffed",
        "--from",
        planFile("d1.json", "2007-12", "3", String.format(TRANSITION, "Erbil", "2007-05", 1))
            .toString(),
        "--by",
        "planners");
    ok(
        "plan",
        "save",
        "diffed",
        "--from",
        planFile("d2.json", "2008-03", "2", String.format(TRANSITION, "Dhi Qar", "2006-09", 1))
            .toString(),
        "--by",
        "planners");
    CommandLineTest.Run table = ok("plan", "diff", "diffed", "1", "2");
    assertThat(table.out())
        .contains("Transitions: 1 moved, 1 added, 1 removed, 1 unchanged")
        .containsPattern(
            "moved +Basra +JOINT -> LOCAL_CONTROL  2007-12 \\(tranche 2\\) -> 2008-03 \\(tranche 2\\), 3 months later")
        .containsPattern("added +Dhi Qar")
        .containsPattern("removed +Erbil")
        .contains("changed  /constraints/max_per_month  3 -> 2")
        .contains("changed  /transitions/0/month  \"2007-12\" -> \"2008-03\"");
    JsonNode json = json(ok("plan", "diff", "diffed", "1", "2", "--format", "json"));
    assertThat(json.get("counts").get("moved").asInt()).isEqualTo(1);
    assertThat(json.get("transitions").get(1).get("months_later").asInt()).isEqualTo(3);
    assertThat(json.get("document").get(0).get("pointer").asText())
        .isEqualTo("/constraints/max_per_month");
    assertThat(json.get("document").get(0).get("after").asInt()).isEqualTo(2);
    CommandLineTest.Run csv = ok("plan", "diff", "diffed", "1", "2", "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", PLAN_DIFF_COLUMNS));
    assertThat(csv.out())
        .contains("transition,moved,Basra,JOINT,LOCAL_CONTROL,2007-12,2008-03,2,2,3,,,");
    assertThat(csv.out()).contains("document,changed,,,,,,,,,/constraints/max_per_month,3,2");
    CommandLineTest.Run none = inDb("plan", "diff", "diffed", "1", "3");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("plan diffed has no version 3 (it has versions 1 to 2)");
  }

  @Test
  void badInputIsAUserErrorNamingWhatToFix() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"transitions\": [\n {\"region\": \"Atlantis\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\", \"month\": \"2007-12\", \"tranche\": 1}\n]}");
    CommandLineTest.Run r = inDb("plan", "save", "bad", "--from", bad.toString(), "--by", "x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(bad + " line 2, transition 1 (/transitions/0/region): unknown region 'Atlantis'");
    CommandLineTest.Run name = inDb("plan", "save", "a b", "--from", bad.toString(), "--by", "x");
    assertThat(name.exit()).isEqualTo(2);
    assertThat(name.err()).contains("plan name 'a b' is not allowed");
    CommandLineTest.Run missing = inDb("plan", "show", "nothing");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no plan 'nothing' in theater iraq");
    CommandLineTest.Run party =
        inDb("plan", "sign", "bad", "--version", "1", "--party", "observer", "--signatory", "x");
    assertThat(party.exit()).isEqualTo(2);
    assertThat(party.err()).contains("--party").contains("observer");
  }

  @Test
  void withSourceDateEpochTheSameStepsGiveTheSameBytes() throws Exception {
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1183248000");
    Path file = planFile("repro.json", "2007-12", "3");
    List<String> shown = new ArrayList<>();
    for (String copy : List.of("a", "b")) {
      Path store = dir.resolve("repro-" + copy + ".duckdb");
      Files.copy(db, store);
      for (String[] step :
          new String[][] {
            {"plan", "save", "repro", "--from", file.toString(), "--by", "planners"},
            {"plan", "propose", "repro", "--by", "planners"},
            {"plan", "show", "repro", "--format", "json"}
          }) {
        List<String> args = new ArrayList<>(List.of(step));
        args.add("--db");
        args.add(store.toString());
        CommandLineTest.Run r = process(env, args);
        assertThat(r.exit()).as(r.err()).isZero();
        if (step[1].equals("show")) {
          shown.add(r.out());
        }
      }
    }
    assertThat(shown.get(1)).isEqualTo(shown.get(0));
    JsonNode json = new ObjectMapper().readTree(shown.get(0));
    assertThat(json.get("created_at").asText()).isEqualTo("2007-07-01T00:00:00Z");
    assertThat(json.get("proposed_at").asText()).isEqualTo("2007-07-01T00:00:00Z");
  }

  @Test
  void everyChangeOfAPlanIsInTheAuditTrailWithItsHash() throws Exception {
    String hash =
        ok(
                "plan",
                "save",
                "audited",
                "--from",
                planFile("audited.json", "2008-02", "1").toString(),
                "--by",
                "planners")
            .out()
            .replaceAll("(?s).*sha256 ([0-9a-f]{64}).*", "$1");
    agree("audited", 1);
    CommandLineTest.Run verified = inDb("audit", "verify");
    assertThat(verified.exit()).as(verified.err()).isZero();
    Path csv = dir.resolve("audit.csv");
    ok("audit", "export", "--out", csv.toString());
    List<String> plan =
        Files.readAllLines(csv).stream().filter(l -> l.contains("plan audited version 1")).toList();
    assertThat(plan).hasSize(4);
    assertThat(String.join("\n", plan))
        .contains("plan-save")
        .contains("plan-propose")
        .contains("plan-sign")
        .contains(hash)
        .contains("cli:");
  }
}
