package org.handover.app.report.page;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Vega config every chart shares: the page's font, quiet axes, no chart border. */
public final class ChartTheme {
  /** System fonts only: a remote or embedded web font would be a download or megabytes. */
  private static final String FONT =
      "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif";

  /** The colour of every "illustrative data" label, on charts and in the page. */
  public static final String WARN = "#8a3b00";

  private ChartTheme() {}

  public static ObjectNode config() {
    ObjectNode c = VegaJson.object();
    c.put("font", FONT);
    c.put("background", "#ffffff");
    c.putObject("view").putNull("stroke");
    c.putObject("title")
        .put("anchor", "start")
        .put("fontSize", 14)
        .put("fontWeight", 600)
        .put("subtitleColor", WARN)
        .put("subtitleFontSize", 11)
        .put("color", "#1a1a1a");
    c.putObject("axis")
        .put("labelColor", "#444444")
        .put("titleColor", "#444444")
        .put("gridColor", "#e6e6e6")
        .put("domainColor", "#888888")
        .put("tickColor", "#888888")
        .put("labelFontSize", 11);
    c.putObject("legend")
        .put("labelFontSize", 11)
        .put("titleFontSize", 11)
        .put("labelColor", "#333333");
    c.putObject("header").put("labelColor", "#1a1a1a");
    return c;
  }
}
