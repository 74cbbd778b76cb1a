/**
 * Judges regions against a benchmark set: the {@link org.handover.engine.assessment.Assessor}
 * evaluates every benchmark, condition and stage over all regions and months of a panel at once,
 * and answers with assessments (verdicts with explanations), stage histories, or, for the outlook,
 * which conditions are met. The status codes it computes with stay inside this package.
 *
 * <p>Depends on {@code benchmark}, {@code panel}, {@code theater}, {@code time} and
 * {@code provenance}; not on {@code forecast} or {@code outlook}.
 */
package org.handover.engine.assessment;
