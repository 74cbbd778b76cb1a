package org.handover.app.workspace;

import org.handover.engine.assessment.StageHistory;
import org.handover.engine.decision.DecisionComparison;
import org.handover.engine.decision.Hysteresis;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.provenance.Provenance;

/**
 * A workspace's recommendations set against a decision ledger. The recommendations are those of the
 * track alone (no ledger): relative to the decisions they would follow them and measure nothing.
 */
public final class Decisions {
  private Decisions() {}

  /** The comparison for one stage, and the provenance of the assessment behind the recommendations. */
  public record Compared(DecisionComparison comparison, Provenance provenance) {}

  public static Compared compare(Workspace ws, Ledger ledger, String stage) {
    StageHistory history = ws.history();
    return new Compared(DecisionComparison.of(recommendations(ws, history), ledger, history.theater(), stage),
        history.provenance());
  }

  /**
   * The one place the hysteresis rule is chosen: the default numbers for every stage of the set, over
   * the month-by-month stage history (the highest stage whose conditions are met).
   */
  static Recommendations recommendations(Workspace ws, StageHistory history) {
    return Hysteresis.defaults(ws.benchmarkSet().stages()).recommend(history.months(), history.rank());
  }
}
