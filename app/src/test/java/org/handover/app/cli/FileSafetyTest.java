package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handover.app.cli.CommandLineTest.Run;
import org.handover.app.workspace.Home;
import org.handover.io.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or hostile command line cannot do: destroy the database or an input with an
 * output, hang or exhaust memory on an input, or keep readers from reading.
 */
class FileSafetyTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("iraq.duckdb");
    Run r = CommandLineTest.run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db.toString());
    return CommandLineTest.run(all.toArray(String[]::new));
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void noOutputReplacesTheDatabaseEvenWithForce() throws Exception {
    String before = sha256(db);
    for (String[] args :
        List.of(
            new String[] {"assess", "--out", db.toString()},
            new String[] {"assess", "--out", db.toString(), "--force"},
            new String[] {"history", "--region", "Basra", "--out", db + ".wal"},
            new String[] {"report", "--no-forecast", "--out", db.toString(), "--force"},
            new String[] {
              "backtest", "--from", "2006-01", "--to", "2006-02", "--out", db.toString()
            },
            new String[] {"forecast", "--samples-out", db.toString(), "--force"})) {
      Run r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err())
          .as(String.join(" ", args))
          .startsWith("handover: refusing to write " + db)
          .contains("the database this command uses")
          .contains("never writes over the database or an input");
    }
    assertThat(sha256(db)).isEqualTo(before);
    assertThat(run("assess").exit()).isZero();
  }

  @Test
  void noOutputReplacesTheBenchmarkSetItReads() throws Exception {
    Path sets = Files.createDirectories(dir.resolve("sets"));
    Path set = sets.resolve("set.yaml");
    Path indicators = sets.resolve("indicators.yaml");
    Files.copy(Home.iraq().resolve("benchmarks/iraq-pic.yaml"), set);
    Files.copy(Home.iraq().resolve("benchmarks/indicators.yaml"), indicators);
    String before = sha256(set) + sha256(indicators);
    for (Path input : List.of(set, indicators)) {
      Run r = run("assess", "--benchmarks", set.toString(), "--out", input.toString(), "--force");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err())
          .contains("refusing to write " + input, "part of the benchmark set this command reads");
    }
    assertThat(sha256(set) + sha256(indicators)).isEqualTo(before);
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws Exception {
    Path out = Files.writeString(dir.resolve("mine.txt"), "my notes");
    Run refused = run("assess", "--out", out.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            "handover: refusing to write "
                + out
                + ": the file exists, and Handover replaces an existing file only when told to;"
                + " add --force to replace it, or choose a new file"
                + System.lineSeparator());
    assertThat(Files.readString(out)).isEqualTo("my notes");

    Run forced = run("assess", "--as-of", "2007-06", "--out", out.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readString(out)).startsWith("Assessment as of 2007-06");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void aReportIsRenewedWithoutForceButAnyOtherFileIsNot() throws Exception {
    Path report = dir.resolve("report.html");
    assertThat(
            run("report", "--no-forecast", "--as-of", "2007-06", "--out", report.toString()).exit())
        .isZero();
    Run again = run("report", "--no-forecast", "--as-of", "2006-06", "--out", report.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(report)).contains("as of Jun 2006");

    // an HTML page of someone else's, and a page that only mentions the tag past its head
    Path page = Files.writeString(dir.resolve("page.html"), "<html><head></head></html>");
    assertThat(run("report", "--no-forecast", "--out", page.toString()).exit()).isEqualTo(2);
    assertThat(Files.readString(page)).isEqualTo("<html><head></head></html>");
    String late = "x".repeat(5000) + "<meta name=\"generator\" content=\"Handover\">";
    Path notes = Files.writeString(dir.resolve("notes.html"), late);
    assertThat(run("report", "--no-forecast", "--out", notes.toString()).exit()).isEqualTo(2);
    assertThat(Files.readString(notes)).isEqualTo(late);
  }

  @Test
  void aDeviceIsWrittenIntoOnlyWithForceAndAFullDiskFails() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full));
    Run refused = run("assess", "--out", full.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("it is a device, FIFO or socket", "--force");

    Run forced = run("assess", "--out", full.toString(), "--force");
    assertThat(forced.exit()).isEqualTo(2);
    assertThat(forced.err()).contains("cannot write /dev/full: No space left on device");
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void anErrorPrintWriterWouldSwallowFailsTheOutput() {
    Writer full =
        new StringWriter() {
          @Override
          public void write(String s, int off, int len) {
            throw new IllegalStateException("not this path");
          }

          @Override
          public void write(char[] c, int off, int len) {
            // FileWriter's behaviour on a full disk
            sneaky(new IOException("No space left on device"));
          }
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OutputOptions.write(full, w -> w.println("a row")))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void samplesOutAndExportAreGuardedBeforeAnyWork() throws Exception {
    Path samples = Files.writeString(dir.resolve("samples.csv"), "keep");
    Run r = run("forecast", "--samples-out", samples.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("refusing to write " + samples);
    assertThat(Files.readString(samples)).isEqualTo("keep");

    Path folder = Files.createDirectories(dir.resolve("exported"));
    Files.writeString(folder.resolve("events.csv"), "keep");
    Run e = run("export", "--out", folder.toString());
    assertThat(e.exit()).isEqualTo(2);
    assertThat(e.err()).contains("refusing to write " + folder, "not empty", "--force");
    assertThat(Files.readString(folder.resolve("events.csv"))).isEqualTo("keep");
  }

  @Test
  void exampleReplacesOnlyAHandoverDatabaseUnlessForced() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.db"), "not a database");
    Run r = CommandLineTest.run("example", "--db", notes.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("refusing to replace " + notes, "not a Handover database", "--force");
    assertThat(Files.readString(notes)).isEqualTo("not a database");
    assertThat(Store.isHandoverDatabase(db)).isTrue();
  }

  @Test
  void importRejectsNeverReplaceTheImportedFile() throws Exception {
    Path t = Files.createDirectories(dir.resolve("small"));
    Path small = t.resolve("t.duckdb");
    Path regions =
        Files.writeString(
            t.resolve("regions.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}");
    String[] base = {"import", "--db", small.toString(), "--theater", "t"};
    assertThat(CommandLineTest.run(concat(base, "regions", regions.toString())).exit()).isZero();
    Path aliases = Files.writeString(t.resolve("aliases.csv"), "alias,region\nUp,North\nX,South\n");
    String before = Files.readString(aliases);

    Run same =
        CommandLineTest.run(
            concat(
                base, "aliases", aliases.toString(), "--rejects", aliases.toString(), "--force"));
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("refusing to write " + aliases, "a file this import reads");
    assertThat(Files.readString(aliases)).isEqualTo(before);

    Path existing = Files.writeString(t.resolve("rejected.csv"), "old");
    Run refused =
        CommandLineTest.run(
            concat(base, "aliases", aliases.toString(), "--rejects", existing.toString()));
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("the file exists", "--force");
    assertThat(CommandLineTest.run("imports", "--db", small.toString()).out())
        .doesNotContain("aliases");

    Run forced =
        CommandLineTest.run(
            concat(
                base, "aliases", aliases.toString(), "--rejects", existing.toString(), "--force"));
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readString(existing)).contains("unknown region 'South'");

    // a rejects file an import wrote is renewed by the next run without --force
    Files.writeString(aliases, "alias,region\nUp,North\nY,West\n");
    Run again =
        CommandLineTest.run(
            concat(base, "aliases", aliases.toString(), "--rejects", existing.toString()));
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(existing))
        .contains("unknown region 'West'")
        .doesNotContain("'South'");

    // a manifest's rejects option is checked before anything is imported
    Path manifest =
        Files.writeString(
            t.resolve("theater.yaml"),
            "theater: t2\nimports:\n  - kind: regions\n    file: regions.geojson\n"
                + "  - kind: aliases\n    file: aliases.csv\n    options: {rejects: regions.geojson}\n");
    Run m =
        CommandLineTest.run("import", "--db", small.toString(), "--manifest", manifest.toString());
    assertThat(m.exit()).isEqualTo(2);
    assertThat(m.err()).contains("refusing to write " + regions.toAbsolutePath().normalize());
    assertThat(CommandLineTest.run("imports", "--db", small.toString()).out()).doesNotContain("t2");
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  @Test
  void endlessOrHugeInputsAreRefusedQuickly() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path fifo = dir.resolve("fifo.duckdb");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Run set = run("assess", "--benchmarks", "/dev/zero");
          assertThat(set.exit()).isEqualTo(2);
          assertThat(set.err()).contains("cannot read /dev/zero", "not a regular file");
          Run manifest = run("import", "--manifest", "/dev/zero");
          assertThat(manifest.exit()).isEqualTo(2);
          assertThat(manifest.err()).contains("cannot read /dev/zero");
          Run store = CommandLineTest.run("assess", "--db", fifo.toString());
          assertThat(store.exit()).isEqualTo(2);
          assertThat(store.err()).contains("cannot open database " + fifo, "not a regular file");
        });
  }

  @Test
  void numericOptionsAreBounded() {
    Run horizon = run("forecast", "--horizon", "100000");
    assertThat(horizon.exit()).isEqualTo(2);
    assertThat(horizon.err()).contains("--horizon must be at most 120, not 100000");
    Run paths = run("report", "--paths", "2000000000", "--out", dir.resolve("r.html").toString());
    assertThat(paths.exit()).isEqualTo(2);
    assertThat(paths.err()).contains("--paths must be at most 100000, not 2000000000");
    Run outlook = run("outlook", "--horizon", "0");
    assertThat(outlook.exit()).isEqualTo(2);
    Run backtest = run("backtest", "--from", "2006-01", "--to", "2006-02", "--horizons", "1-500");
    assertThat(backtest.exit()).isEqualTo(2);
    assertThat(backtest.err()).contains("must be at most 120, not 500");
  }

  /** Runs the command line in its own process, as two users would. */
  private static Process handover(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dhandover.home=" + Home.dir(),
                "org.handover.app.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void readersReadTogetherAndAWriterIsNamed() throws Exception {
    Process a = handover("assess", "--db", db.toString(), "--format", "json");
    Process b = handover("history", "--db", db.toString(), "--region", "Basra");
    // both hold the database at once: neither waits for the other
    String outA = new String(a.getInputStream().readAllBytes());
    String outB = new String(b.getInputStream().readAllBytes());
    assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(a.exitValue()).as(outA).isZero();
    assertThat(b.exitValue()).as(outB).isZero();

    // this process writes: a reader in another is told who holds the database
    try (Store writer = Store.open(db)) {
      assertThat(writer.theaters()).containsExactly("iraq");
      Process c = handover("assess", "--db", db.toString());
      String outC = new String(c.getInputStream().readAllBytes());
      assertThat(c.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(c.exitValue()).as(outC).isEqualTo(2);
      assertThat(outC)
          .contains(
              "handover: the database "
                  + db
                  + " is being written by another process (pid "
                  + ProcessHandle.current().pid());
    }
  }
}
