/**
 * Keeps three things apart: whether a region's <b>conditions are met</b> in a month (the monthly
 * judgement of {@code assessment}, which flickers), the <b>recommendation</b> drawn from it with
 * hysteresis ({@link org.handover.engine.decision.Hysteresis}, {@link
 * org.handover.engine.decision.Recommendations}), and the <b>status</b>: what the parties actually
 * decided, read from a decision {@link org.handover.engine.decision.Ledger}. {@link
 * org.handover.engine.decision.DecisionComparison} measures recommendations against decisions.
 *
 * <p>Pure computation on values: no I/O. Depends on {@code benchmark} (stages), {@code theater},
 * {@code time}, {@link org.handover.engine.HandoverException} and Hipparchus statistics; {@code
 * assessment}'s {@code Evaluation} draws recommendations with it. The per-stage numbers ({@code
 * StageHysteresis}) belong to the benchmark set and live in {@code benchmark}.
 */
package org.handover.engine.decision;
