package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VegaLibrariesTest {
  static String library(String name) {
    return VegaLibraries.all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .source();
  }

  @Test
  void theInterpreterComesRightAfterVegaWhichItExtends() {
    assertThat(VegaLibraries.all().stream().map(VegaLibraries.Library::name))
        .containsExactly("vega", "vega-interpreter", "vega-lite", "vega-embed");
    assertThat(library("vega-interpreter")).contains("expressionInterpreter");
  }

  @Test
  void theEmbedStylesAreTheOnesTheBundledVegaEmbedWouldInject() {
    String css = VegaLibraries.embedCss();
    String embed = library("vega-embed");
    String[] parts = css.split("/\\* from vega-(embed|tooltip) \\*/\n");
    assertThat(parts).hasSize(3);
    for (int i = 1; i < parts.length; i++) {
      String rules = parts[i].strip();
      assertThat(rules).contains("{");
      // in the minified source each rule set is one string literal with escaped newlines
      assertThat(embed).as("rules %d", i).contains(rules.replace("\n", "\\n"));
    }
  }
}
