package org.handover.app.report.page;

import java.util.Objects;

/**
 * A chart with its table beside it (below it on narrow pages and in print), and a caption that says
 * what is drawn. The table holds the same numbers as the chart.
 */
public record Figure(Chart chart, String label, Table table) {
  public Figure {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(table, "table");
  }

  public String html() {
    return "<figure class=\"figure\">\n<div class=\"figure-chart\">"
        + chart.containerHtml(label)
        + "</div>\n<div class=\"figure-table\">"
        + table.html()
        + "</div>\n</figure>\n";
  }

  /**
   * The table folded away (for long tables whose chart is the main view); still in the page and
   * searchable.
   */
  public String htmlWithFoldedTable(String summary) {
    return "<figure class=\"figure figure-wide\">\n<div class=\"figure-chart\">"
        + chart.containerHtml(label)
        + "</div>\n<details class=\"figure-table\"><summary>"
        + Html.escape(summary)
        + "</summary>"
        + table.html()
        + "</details>\n</figure>\n";
  }
}
