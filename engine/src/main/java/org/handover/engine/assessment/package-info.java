/**
 * Judges regions against a benchmark set: the {@link org.handover.engine.assessment.Assessor}
 * evaluates every benchmark, condition and stage over all regions and months of a panel at once
 * into one {@link org.handover.engine.assessment.Evaluation}, which answers with assessments
 * (verdicts with explanations), the stage history, typed {@link
 * org.handover.engine.assessment.StageChange}s, the recommendations (with the set's hysteresis)
 * and, for the outlook, readiness by the recommendation rule. The status codes it computes with
 * stay inside this package.
 *
 * <p>Depends on {@code benchmark}, {@code decision} (the hysteresis rule and ledger), {@code
 * panel}, {@code theater}, {@code time} and {@code provenance}; not on {@code forecast} or {@code
 * outlook}.
 */
package org.handover.engine.assessment;
