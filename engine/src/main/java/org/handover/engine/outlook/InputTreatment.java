package org.handover.engine.outlook;

import java.util.Objects;

/**
 * How one input variable is continued past the origin in every sample path. Only the forecast
 * variable is simulated; every other input follows its scheduled values where the panel has values
 * after the origin, and otherwise stays at its last value (last observation carried forward).
 * Variables the indicator function computes are recomputed on every path.
 */
public record InputTreatment(String variable, Kind kind, int scheduledMonths, String note) {
  public enum Kind {
    /** Simulated: each path draws its own future. */
    FORECAST,
    /** No value after the origin: the last value before it is carried forward. */
    CARRIED_FORWARD,
    /**
     * Some months after the origin have scheduled values; gaps carry the previous value forward.
     */
    SCHEDULED,
    /** A region attribute: the same in every month. */
    CONSTANT
  }

  public InputTreatment {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(kind, "kind");
    note = note == null ? "" : note;
  }
}
