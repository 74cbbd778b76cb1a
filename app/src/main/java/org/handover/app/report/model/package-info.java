/**
 * What the report shows: {@link org.handover.app.report.model.ReportModel}, built from engine types
 * only: one evaluation of the data against the benchmark set (assessments, stage history and stage
 * changes all read from it, so they agree by construction), the month, boundaries and provenance.
 *
 * <p>Knows nothing of sections or of the page around them; may use {@code report.page} for how
 * months are written (the title).
 */
package org.handover.app.report.model;
