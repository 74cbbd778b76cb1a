package org.handover.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Test helpers for reading Vega-Lite specs. */
final class Specs {
  private Specs() {}

  /** Every mark type in the spec, in document order (layers, facets' inner specs). */
  static List<String> marks(JsonNode spec) {
    List<String> out = new ArrayList<>();
    collect(spec, out);
    return out;
  }

  private static void collect(JsonNode n, List<String> out) {
    if (n.isObject()) {
      JsonNode mark = n.get("mark");
      if (mark != null) {
        out.add(mark.isTextual() ? mark.asText() : mark.path("type").asText());
      }
      n.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("data") && !e.getKey().equals("datasets")) {
          collect(e.getValue(), out);
        }
      });
    } else if (n.isArray()) {
      n.forEach(c -> collect(c, out));
    }
  }

  /** The spec as the page carries it, parsed back: proves it is valid JSON. */
  static JsonNode roundTrip(Chart chart) throws Exception {
    return Json.MAPPER.readTree(Json.forScript(chart.spec()));
  }
}
