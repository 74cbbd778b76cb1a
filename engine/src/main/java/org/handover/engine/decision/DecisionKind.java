package org.handover.engine.decision;

/**
 * What a ledger records; one ledger holds one kind, so a plan or a simulation is never read as a
 * fact.
 */
public enum DecisionKind {
  /** Decisions the parties actually took. */
  REAL,
  /** Decisions announced or scheduled, not (yet) taken. */
  PLANNED,
  /** Decisions made up for an exercise or a what-if. */
  SIMULATED
}
