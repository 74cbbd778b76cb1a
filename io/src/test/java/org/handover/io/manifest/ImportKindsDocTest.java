package org.handover.io.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.theater.RepoData;
import org.junit.jupiter.api.Test;

/**
 * docs/import-kinds.md lists exactly the kinds and options the registry has: a kind or option added
 * or renamed fails here.
 */
class ImportKindsDocTest {
  static final String START =
      "<!-- generated from Importers.markdown(): edit the options in code, not here -->\n";
  static final String END = "<!-- end of generated table -->";

  @Test
  void theDocumentedOptionsAreTheRegistrys() throws IOException {
    String doc = Files.readString(RepoData.path("docs/import-kinds.md"));
    assertThat(doc).contains(START).contains(END);
    String table = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));
    assertThat(table)
        .as("docs/import-kinds.md is stale: replace its table with Importers.markdown()")
        .isEqualTo(Importers.markdown());
  }

  @Test
  void everyKindAndOptionIsInTheHelp() {
    String help = String.join("\n", Importers.help());
    // Descriptions are wrapped, so they are looked for with the line breaks undone.
    String unwrapped = help.replaceAll("\\s+", " ");
    for (var importer : Importers.all()) {
      assertThat(help).containsPattern("(?m)^(.*, )?" + importer.kind() + "(, .*)?:$");
      importer
          .options()
          .forEach(
              o -> {
                assertThat(help).containsPattern("(?m)^    " + o.name() + "( |$)");
                assertThat(unwrapped).contains(o.description());
              });
    }
    Importers.COMMON.forEach(o -> assertThat(help).contains(o.name()));
    assertThat(help.split("from_polygons", -1))
        .as("the from_polygons rule appears once")
        .hasSize(2);
  }

  @Test
  void theHelpWrapsEachDescriptionInItsOwnColumn() {
    for (String line : Importers.help()) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(Importers.HELP_WIDTH);
      assertThat(line).as("a kind heading, or an option indented").matches("(\\S.*:|    .*)");
    }
    assertThat(Importers.help())
        .as("a long description goes on below itself")
        .anyMatch(l -> l.startsWith(" ".repeat(25)) && !l.isBlank());
  }

  @Test
  void theRuleForNeighboursWithoutAFileLivesWithTheKind() {
    var neighbours = Importers.kind("neighbours").orElseThrow();
    assertThat(
            Importers.needsFile(
                new ImportSpec("neighbours", null, Map.of("from_polygons", "true"))))
        .isFalse();
    assertThat(neighbours.needsFile(new ImportSpec("neighbours", null, Map.of()))).isTrue();
    assertThat(Importers.needsFile(new ImportSpec("nonsense", null, Map.of()))).isTrue();
  }
}
