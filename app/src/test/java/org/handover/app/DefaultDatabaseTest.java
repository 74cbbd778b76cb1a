package org.handover.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database ($HANDOVER_DB here) follows the built-in example: a database built from
 * older example data gets the changes at the next command, instead of failing on a variable the old
 * data lacked; a database without the example's theater is not given it.
 */
class DefaultDatabaseTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String CHANGED = "the built-in Iraq example changed since";

  @Test
  void aDatabaseOfOlderExampleDataGetsTheChangesOnce(@TempDir Path dir) throws Exception {
    Path old = dir.resolve("iraq");
    copy(ROOT.resolve("data/iraq"), old);
    Path measurements = old.resolve("forces/national-measurements.csv");
    List<String> lines = Files.readAllLines(measurements, StandardCharsets.UTF_8);
    Files.write(measurements, lines.subList(0, lines.size() - 3), StandardCharsets.UTF_8);
    Path db = dir.resolve("default.duckdb");
    try (Store store = Store.open(db)) {
      ManifestLoader.load(store, TheaterManifest.read(old.resolve("theater.yaml")), r -> {});
    }

    Run first = handover(db, "imports");
    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(first.output()).contains(CHANGED).contains("national-measurements.csv");
    Run second = handover(db, "imports");
    assertThat(second.exit()).as(second.output()).isZero();
    assertThat(second.output()).doesNotContain(CHANGED);
  }

  @Test
  void aDatabaseWithoutTheExampleIsLeftAlone(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("own.duckdb");
    try (Store store = Store.open(db)) {
      assertThat(store.theaters()).isEmpty();
    }
    Run run = handover(db, "imports");
    assertThat(run.output()).doesNotContain(CHANGED);
    try (Store store = Store.open(db)) {
      assertThat(store.theaters()).isEmpty();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private record Run(int exit, String output) {}

  private static Run handover(Path db, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dhandover.home=" + ROOT);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.handover.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("HANDOVER_DB", db.toString());
    pb.environment().remove("HANDOVER_DEBUG");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), out);
  }
}
