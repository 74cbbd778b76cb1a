/**
 * The page machinery every section shares: {@link org.handover.app.report.page.Chart} (a Vega-Lite
 * spec and its element), {@link org.handover.app.report.page.Table} and {@link
 * org.handover.app.report.page.Figure} (a chart with the same numbers beside it), {@link
 * org.handover.app.report.page.Html} escaping, {@link org.handover.app.report.page.VegaJson}
 * (Jackson helpers for specs and JSON inside a script element), {@link
 * org.handover.app.report.page.Format} (numbers, months, times), {@link
 * org.handover.app.report.page.ChartTheme}, {@link org.handover.app.report.page.StageStyle} (stage
 * labels and colours), {@link org.handover.app.report.page.RegionShapes} (boundaries ready for a
 * map) and {@link org.handover.app.report.page.Anchors} (ids one section gives and another links
 * to).
 *
 * <p>The floor of the report: depends on the engine, Jackson and JTS only, never on the model, the
 * sections or the writer.
 */
package org.handover.app.report.page;
