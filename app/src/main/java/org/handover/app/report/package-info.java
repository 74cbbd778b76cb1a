/**
 * The HTML report: one self-contained page that opens offline and makes no network request.
 *
 * <p>Flow: a {@link org.handover.app.report.model.ReportModel} (engine types only: one evaluation
 * of the panel against the benchmark set, which answers the assessment of any month, the stage
 * history and the stage changes; the month; region boundaries as GeoJSON; generation time; the
 * decision ledger and where it came from, when there is one) is turned into independent {@link
 * org.handover.app.report.section.ReportSection}s, which {@link ReportWriter} stacks into a page
 * with Vega, Vega-Lite and vega-embed inlined from their WebJars.
 *
 * <pre>{@code
 * Evaluation evaluation = Assessor.of(set).evaluate(panel, provenance);
 * ReportModel model = new ReportModel(evaluation, asOf, geoJson, Instant.now());
 * ReportWriter writer = ReportWriter.standard(model);  // headline, map, timeline, decisions, regions, provenance
 * try (Progress progress = Progress.start("Writing report", writer.steps())) {
 *   writer.write(Path.of("report.html"), progress);              // a bar only on an interactive terminal
 * }
 * }</pre>
 *
 * <p>This package assembles the page: {@link ReportWriter}, {@link StandardSections} (which
 * sections and in what order), {@link Progress} and the inlined Vega libraries. Below it, and never
 * depending on it:
 *
 * <ul>
 *   <li>{@code report.section}: one class per section, the {@code ReportSection} contract they
 *       implement, and the illustrative-data label they share;
 *   <li>{@code report.model}: {@code ReportModel}, what the report shows;
 *   <li>{@code report.page}: page machinery every section uses (charts, figures, tables, HTML
 *       escaping, JSON for Vega, formats, stage colours, region shapes, anchors).
 * </ul>
 *
 * The arrows run report &rarr; section &rarr; model &rarr; page and never back.
 *
 * <p>Adding a section (forecasts, scenarios, plans): implement {@code ReportSection} with its own
 * data, Vega-Lite specs ({@code Chart}, built with Jackson) and tables ({@code Table}, one beside
 * every chart, via {@code Figure}); label illustrative inputs with {@code Illustrative}; colour
 * stages with {@code StageStyle}; then {@code writer.with(section)}, which places it before the
 * provenance footer. Charts whose specs differ only in a named dataset ({@code data: {name}} plus
 * {@code datasets}) are compiled once in the page, which matters when a section has one chart per
 * region.
 */
package org.handover.app.report;
