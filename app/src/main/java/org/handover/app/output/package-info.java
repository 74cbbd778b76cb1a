/**
 * How each command-line result reads: one renderer per result ({@link
 * org.handover.app.output.AssessmentOutput}, {@link org.handover.app.output.HistoryOutput}, {@link
 * org.handover.app.output.ForecastOutput}, {@link org.handover.app.output.OutlookOutput}, {@link
 * org.handover.app.output.BacktestOutput}, {@link org.handover.app.output.LedgerOutput}, {@link
 * org.handover.app.output.ComparisonOutput}), each as a table for people, a JSON document and CSV
 * rows for machines. Every form carries the provenance and names illustrative inputs; the shared
 * pieces (JSON numbers and provenance, CSV cells, the illustrative banner) are package-private
 * here.
 *
 * <p>Depends on engine types and io's export formats only: never on picocli, the store or the
 * workspace.
 */
package org.handover.app.output;
