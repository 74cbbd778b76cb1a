package org.handover.engine.plan;

/** Where a plan version stands. */
public enum PlanStatus {
  /** Saved, open to change; nobody is asked to sign it. */
  DRAFT,
  /** Put to both parties for signature; signatures collect on this exact version. */
  PROPOSED,
  /** Signed by a signatory of each party on the same version; its transitions are in the ledger. */
  AGREED
}
