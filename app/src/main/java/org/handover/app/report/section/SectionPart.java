package org.handover.app.report.section;

import java.util.List;
import java.util.Objects;
import org.handover.app.report.page.Chart;

/**
 * A part of a section, made by the section itself from its own charts and tables: what the web
 * application's region page shows of one region, so the page and the report draw from one spec.
 */
record SectionPart(String id, String title, List<Chart> charts, String bodyHtml, String css)
    implements ReportSection {
  SectionPart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    charts = List.copyOf(charts);
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    Objects.requireNonNull(css, "css");
  }
}
