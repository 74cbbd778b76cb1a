/**
 * What the report shows: {@link org.handover.app.report.model.ReportModel}, built from engine types
 * only (panel, benchmark set, assessments, stage history, boundaries, provenance) and checked for
 * consistency once, so that no section has to.
 *
 * <p>Knows nothing of sections or of the page around them; may use {@code report.page} for how
 * months are written (the title).
 */
package org.handover.app.report.model;
