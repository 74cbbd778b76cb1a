package org.handover.engine.plan;

/** The two parties whose signatories must both sign the same version of a plan to agree it. */
public enum Party {
  /** The host nation, taking over responsibility. */
  HOST,
  /** The partner (the foreign forces' side), handing it over. */
  PARTNER
}
