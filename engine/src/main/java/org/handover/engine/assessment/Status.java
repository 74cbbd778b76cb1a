package org.handover.engine.assessment;

/** The outcome of a benchmark or condition for one region and month. */
public enum Status {
  MET,
  NOT_MET,
  /** The indicator has no value for the month (or not enough months to judge "held for"). */
  NO_DATA;

  public String label() {
    return switch (this) {
      case MET -> "met";
      case NOT_MET -> "not met";
      case NO_DATA -> "no data";
    };
  }
}
