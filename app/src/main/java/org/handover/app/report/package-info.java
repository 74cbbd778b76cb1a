/**
 * The HTML report: one self-contained page that opens offline and makes no network request.
 *
 * <p>Flow: a {@link org.handover.app.report.ReportModel} (engine types only: panel with indicator
 * columns, benchmark set, assessment as of the month and of the months before, stage history,
 * region boundaries as GeoJSON, provenance, generation time) is turned into independent
 * {@link org.handover.app.report.ReportSection}s, which {@link org.handover.app.report.ReportWriter}
 * stacks into a page with Vega, Vega-Lite and vega-embed inlined from their WebJars.
 *
 * <pre>{@code
 * ReportModel model = ReportModel.assess(panel, set, asOf, geoJson, provenance, Instant.now());
 * ReportWriter writer = ReportWriter.standard(model);           // headline, map, timeline, regions, provenance
 * try (Progress progress = Progress.start("Writing report", writer.steps())) {
 *   writer.write(Path.of("report.html"), progress);              // a bar only on an interactive terminal
 * }
 * }</pre>
 *
 * <p>Adding a section (forecasts, scenarios, plans): implement {@code ReportSection} with its own
 * data, Vega-Lite specs ({@link org.handover.app.report.Chart}, built with Jackson) and tables
 * ({@link org.handover.app.report.Table}, one beside every chart, via
 * {@link org.handover.app.report.Figure}); label illustrative inputs with
 * {@link org.handover.app.report.Illustrative}; colour stages with
 * {@link org.handover.app.report.StageStyle}; then {@code writer.with(section)}, which places it
 * before the provenance footer. Charts whose specs differ only in a named dataset
 * ({@code data: {name}} plus {@code datasets}) are compiled once in the page, which matters when a
 * section has one chart per region.
 */
package org.handover.app.report;
