package org.handover.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.handover.app.cli.HandoverCommand;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Kills the signature that agrees a plan (which writes the signature, the version's status and its
 * planned decisions in one transaction) with SIGKILL at random moments, in its own JVM on the
 * built-in data, and checks that the store then holds the whole agreement or none of it, and that
 * the agreement made afterwards lands as an undisturbed one does. Delays are drawn uniformly over
 * 1.2 times the command's measured duration; most land while the JVM starts, some while it writes.
 * The seed is published and named in failures ({@code -Dhandover.crashSeed=N}).
 */
class PlanCrashSafetyTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final long SEED = Long.getLong("handover.crashSeed", 20261130L);
  private static final int KILLS = 10;
  private static final String STORE = "handover.duckdb";
  private static final List<String> TABLES =
      List.of("plans", "plan_versions", "plan_transitions", "plan_signatures", "decisions");

  @TempDir Path dir;

  @Test
  void anAgreementKilledAnywhereLandsWholeOrNotAtAll(TestReporter reporter) throws Exception {
    Path base = dir.resolve("base").resolve(STORE);
    Files.createDirectories(base.getParent());
    Path plan = dir.resolve("plan.json");
    Files.writeString(
        plan,
        "{\"transitions\": ["
            + "{\"region\": \"Basra\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
            + " \"month\": \"2007-12\", \"tranche\": 1},"
            + "{\"region\": \"Maysan\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
            + " \"month\": \"2007-04\", \"tranche\": 1}]}");
    run("example", "--db", base.toString());
    run(
        "plan",
        "save",
        "pic",
        "--from",
        plan.toString(),
        "--by",
        "planners",
        "--db",
        base.toString());
    run("plan", "propose", "pic", "--by", "planners", "--db", base.toString());
    run(
        "plan",
        "sign",
        "pic",
        "--version",
        "1",
        "--party",
        "host",
        "--signatory",
        "Minister",
        "--db",
        base.toString());
    String before = contents(base);

    Path reference = copy(base, dir.resolve("reference"));
    long durationMillis = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      reference = copy(base, dir.resolve("reference"));
      long t0 = System.nanoTime();
      Process p = process(agreeing(reference)).start();
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue())
          .as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .isZero();
      durationMillis = Math.min(durationMillis, (System.nanoTime() - t0) / 1_000_000);
    }
    String after = contents(reference);
    assertThat(after).isNotEqualTo(before).contains("plan/pic/v1/basra/LOCAL_CONTROL/2007-12");

    Random random = new Random(SEED);
    Map<String, Integer> tally = new HashMap<>();
    List<String> log = new ArrayList<>();
    Path work = dir.resolve("work");
    Path store = copy(base, work);
    for (int kill = 1; kill <= KILLS; kill++) {
      long delay = (long) (random.nextDouble() * 1.2 * durationMillis);
      boolean finished = finishedBefore(agreeing(store), delay);
      String where =
          String.format(
              "kill %d at %d ms of %d (seed %d, -Dhandover.crashSeed=%d)",
              kill, delay, durationMillis, SEED, SEED);
      String now = contents(store);
      boolean none = now.equals(before);
      boolean all = now.equals(after);
      assertThat(none || all)
          .as("%s: the store holds part of the agreement:\n%s", where, now)
          .isTrue();
      String outcome = none ? "none" : finished ? "finished" : "all";
      tally.merge(outcome, 1, Integer::sum);
      log.add(delay + "ms " + outcome);
      if (all) {
        store = copy(base, work);
      }
    }
    Process completed = process(agreeing(store)).start();
    assertThat(completed.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(completed.exitValue()).isZero();
    assertThat(contents(store)).isEqualTo(after);
    reporter.publishEntry(
        Map.of(
            "crash.planAgreement.seed", Long.toString(SEED),
            "crash.planAgreement.signMillis", Long.toString(durationMillis),
            "crash.planAgreement.kills", Integer.toString(KILLS),
            "crash.planAgreement.none", tally.getOrDefault("none", 0) + "",
            "crash.planAgreement.allKilledAfterCommit", tally.getOrDefault("all", 0) + "",
            "crash.planAgreement.finishedBeforeKill", tally.getOrDefault("finished", 0) + "",
            "crash.planAgreement.log", String.join("; ", log)));
  }

  private static List<String> agreeing(Path store) {
    return List.of(
        "plan",
        "sign",
        "pic",
        "--version",
        "1",
        "--party",
        "partner",
        "--signatory",
        "Ambassador",
        "--db",
        store.toString());
  }

  /** The plan tables and the decisions, every row as text, in a fixed order. */
  private static String contents(Path file) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Store store = Store.openReadOnly(file);
        Statement s = store.connection().createStatement()) {
      for (String table : TABLES) {
        out.append("## ").append(table).append('\n');
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
          ResultSetMetaData m = rs.getMetaData();
          while (rs.next()) {
            for (int c = 1; c <= m.getColumnCount(); c++) {
              out.append(rs.getString(c)).append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = HandoverCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute(args)).as(err.toString()).isZero();
  }

  private static Path copy(Path store, Path folder) throws Exception {
    Files.createDirectories(folder);
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    return Files.copy(store, folder.resolve(STORE), StandardCopyOption.REPLACE_EXISTING);
  }

  private static ProcessBuilder process(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dhandover.home=" + ROOT);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.handover.app.Main");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("HANDOVER_DB");
    pb.environment().put("SOURCE_DATE_EPOCH", "1183248000");
    return pb;
  }

  /** Starts the command and sends it SIGKILL after {@code millis}; whether it had ended before. */
  private static boolean finishedBefore(List<String> args, long millis) throws Exception {
    Process p = process(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
      assertThat(p.exitValue()).as("%s ended before its kill", args).isZero();
      return true;
    }
    p.toHandle().destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    return false;
  }
}
