package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.handover.io.files.FileRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files that would hang, take minutes or exhaust memory are refused quickly. */
class ConfigLimitsTest {
  @TempDir Path dir;

  @Test
  void aDeviceAsABenchmarkSetIsRefused() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> BenchmarkSetReader.read(Path.of("/dev/zero")))
                .isInstanceOf(FileRefusal.class)
                .hasMessageContaining("not a regular file"));
  }

  @Test
  void aHugeScalarIsRefusedBeforeParsing() throws Exception {
    Path f = dir.resolve("huge.yaml");
    Files.writeString(f, "benchmark_set: " + "a".repeat(16 << 20) + "\n");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> BenchmarkSetReader.read(f))
                .isInstanceOf(FileRefusal.class)
                .hasMessageContaining("at most 1 MB"));
  }

  /** Ten to the twelfth leaves if each alias were expanded: Jackson's parser never expands them. */
  @Test
  void anAliasBombDoesNotExpand() throws Exception {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 10; k++) {
        yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Path f = Files.writeString(dir.resolve("laughs.yaml"), yaml);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> assertThat(LocatedYaml.read(f).root().toString()).hasSizeLessThan(10_000));
  }
}
