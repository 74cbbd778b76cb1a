package org.handover.app.workspace;

import org.handover.engine.assessment.Evaluation;
import org.handover.engine.decision.DecisionComparison;
import org.handover.engine.decision.Ledger;
import org.handover.engine.provenance.Provenance;

/**
 * A workspace's recommendations set against a decision ledger. The recommendations are those of the
 * track alone (no ledger), with each stage's hysteresis from the benchmark set: relative to the
 * decisions they would follow them and measure nothing.
 */
public final class Decisions {
  private Decisions() {}

  /** The comparison for one stage, and the provenance of the assessment behind the recommendations. */
  public record Compared(DecisionComparison comparison, Provenance provenance) {}

  public static Compared compare(Workspace ws, Ledger ledger, String stage) {
    Evaluation evaluation = ws.evaluation();
    return new Compared(DecisionComparison.of(evaluation.recommendations(), ledger, ws.theater(), stage),
        evaluation.provenance());
  }
}
