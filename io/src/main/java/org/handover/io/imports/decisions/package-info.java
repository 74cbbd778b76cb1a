/**
 * The decision ledger's way into the store: the {@code decisions} import kind (CSV rows of
 * decisions) and {@link org.handover.io.imports.decisions.DecisionRecorder} (one decision recorded
 * from the command line), both through the same checks ({@code DecisionRules}) and the same
 * append-only writer. Nothing here updates or deletes a ledger row: a correction is a new row that
 * supersedes an earlier one.
 *
 * <p>Depends on {@code engine.decision} (the ledger values), {@code engine.benchmark} (stages), the
 * import bookkeeping of {@code io.imports}, {@code io.config} (the benchmark set) and {@code
 * io.store}.
 */
package org.handover.io.imports.decisions;
