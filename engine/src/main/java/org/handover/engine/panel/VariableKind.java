package org.handover.engine.panel;

/** Where a panel variable comes from. */
public enum VariableKind {
  /** Aggregated from events (counts, fatalities) per region and month. */
  EVENT,
  /** Dated measurements (force strength, trained share, advisers...). */
  MEASUREMENT,
  /** A constant property of a region (population, area). */
  ATTRIBUTE,
  /** Computed from other variables by an indicator expression. */
  INDICATOR,
  /** Simulated, e.g. a forecast sample path. */
  SIMULATED
}
