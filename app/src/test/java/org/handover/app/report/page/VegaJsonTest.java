package org.handover.app.report.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class VegaJsonTest {
  /**
   * A spec template must write out exactly as the same spec built node by node, or the page would
   * change.
   */
  @Test
  void templateWritesLikeTheSameSpecBuiltInCode() {
    ObjectNode built = VegaJson.object();
    built
        .putObject("mark")
        .put("type", "line")
        .put("strokeWidth", 1.5)
        .put("opacity", 0.45)
        .set("strokeDash", VegaJson.array().add(4).add(2));
    built.putObject("encoding").putObject("x").put("field", "month").putNull("title");
    ObjectNode parsed =
        VegaJson.parse(
            """
        {"mark": {"type": "line", "strokeWidth": 1.5, "opacity": 0.45, "strokeDash": [4, 2]},
         "encoding": {"x": {"field": "month", "title": null}}}
        """);
    assertThat(VegaJson.forScript(parsed)).isEqualTo(VegaJson.forScript(built));
  }

  @Test
  void templateMustBeAJsonObject() {
    assertThatThrownBy(() -> VegaJson.parse("[1, 2]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> VegaJson.parse("{\"mark\": ")).hasMessageContaining("not JSON");
  }
}
