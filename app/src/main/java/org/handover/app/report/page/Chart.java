package org.handover.app.report.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A Vega-Lite specification and the id of the page element it is drawn into. Data are inlined in
 * the spec ({@code data.values}), so the page needs no network.
 */
public record Chart(String id, ObjectNode spec) {
  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(spec, "spec");
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("chart id must be a lower-case slug: " + id);
    }
  }

  /**
   * The empty element vega-embed draws into; {@code label} describes the chart for screen readers.
   */
  public String containerHtml(String label) {
    return "<div class=\"chart\" id=\""
        + id
        + "\" role=\"img\" aria-label=\""
        + Html.escape(label)
        + "\"></div>";
  }
}
