package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.io.imports.events.mapping.MappingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration file means one thing: a key given twice (the later value would win silently and
 * can flip a verdict) and a second document (it would be ignored) are errors naming the line.
 */
class StrictYamlTest {
  @TempDir Path dir;

  @Test
  void aKeyGivenTwiceIsAnErrorAtItsSecondLine() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("set.yaml"),
            "benchmark_set: s\nversion: 1.0.0\nbenchmark:\n  threshold: 4\n  threshold: 40\n");
    assertThatThrownBy(() -> LocatedYaml.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("set.yaml:5")
        .hasMessageContaining("Duplicate field 'threshold'");
  }

  @Test
  void aSecondDocumentIsAnError() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("manifest.yaml"), "theater: a\nimports: []\n---\ntheater: b\n");
    assertThatThrownBy(() -> LocatedYaml.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("manifest.yaml:4")
        .hasMessageContaining("a second YAML document");
  }

  @Test
  void aMappingFileIsAsStrict() throws Exception {
    Path twice =
        Files.writeString(
            dir.resolve("twice.yaml"),
            "source: x\ncolumns:\n  id: a\n  id: b\n  start_date: d\n  region: r\n");
    assertThatThrownBy(() -> MappingFile.read(twice))
        .hasMessageContaining("twice.yaml")
        .hasMessageContaining("Duplicate field 'id'");
    Path two =
        Files.writeString(
            dir.resolve("two.yaml"),
            "source: x\ncolumns:\n  id: a\n  start_date: d\n  region: r\n---\nsource: y\n");
    assertThatThrownBy(() -> MappingFile.read(two)).hasMessageContaining("two.yaml");
  }
}
