package org.handover.app.report.section;

import java.util.List;
import org.handover.app.report.page.Chart;

/**
 * One independent part of the report page (headline, map, forecasts...). A section owns its data,
 * its Vega-Lite specs and its tables; the {@code ReportWriter} only stacks sections, so later
 * features add a section without touching the others.
 */
public interface ReportSection {
  /**
   * A lower-case slug, unique on the page: the section's anchor and the prefix of its chart ids.
   */
  String id();

  /** The heading shown above the section and in the table of contents. */
  String title();

  /**
   * The charts the section draws, each into the element {@link Chart#containerHtml} made in {@link
   * #bodyHtml}.
   */
  List<Chart> charts();

  /**
   * The section's content as HTML (without its heading): chart containers and, beside each, its
   * table.
   */
  String bodyHtml();

  /**
   * Style rules the section's HTML needs beyond the page's stylesheet (colours that depend on the
   * data, say): the page's Content-Security-Policy forbids style attributes, so markup uses classes
   * and the rules come here. The page includes each distinct text once.
   */
  default String css() {
    return "";
  }
}
