package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void barOnlyOnAnInteractiveTerminal() {
    assertThat(Progress.interactive(Map.of(), true)).isTrue();
    assertThat(Progress.interactive(Map.of(), false)).as("output redirected").isFalse();
    assertThat(Progress.interactive(Map.of("CI", "true"), true)).isFalse();
    assertThat(Progress.interactive(Map.of("GITHUB_ACTIONS", "true"), true)).isFalse();
    assertThat(Progress.interactive(Map.of("CI", "false"), true)).isTrue();
    assertThat(Progress.interactive(Map.of("TERM", "dumb"), true)).isFalse();
  }

  @Test
  void barDrawsOnItsStream() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Progress p =
        Progress.bar("Writing report", 3, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      p.step("map");
      p.step("regions");
      p.step("done");
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Writing report");
  }
}
