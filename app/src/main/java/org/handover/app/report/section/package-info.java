/**
 * The parts of the report page, one class per section: headline, map of stages, stages over time,
 * recommendations and decisions, regions in detail, forecasts and outlook, provenance footer. Each
 * implements {@link org.handover.app.report.section.ReportSection}: it reads the {@link
 * org.handover.app.report.model.ReportModel}, builds its own Vega-Lite specs and tables, and
 * returns its HTML; the helpers a single section needs (small multiples, fan charts, outlook
 * figures, readiness map, skill figure) are package-private beside it. {@link
 * org.handover.app.report.section.Illustrative} is the label every section puts on data that are
 * not observed. The headline words the engine's typed stage changes (which regions changed stage,
 * and which benchmarks moved them) itself.
 *
 * <p>May depend on {@code report.model} and {@code report.page}, never on the package above ({@code
 * report}) that assembles the page. Sections do not call one another: what two of them share (the
 * id of a region's block, for instance) lives in {@code report.page}.
 */
package org.handover.app.report.section;
