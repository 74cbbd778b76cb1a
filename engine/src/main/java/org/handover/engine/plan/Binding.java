package org.handover.engine.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a region's planned month is not one earlier or one later: a constraint that the other month
 * would break with every other region's month kept, or the objective.
 */
public record Binding(Kind kind, String detail) {
  public Binding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  public static Binding of(Kind kind, String detail) {
    return new Binding(kind, detail);
  }

  /** "readiness (P(ready) 41% < 50%)". */
  public String describe() {
    return kind.key() + (detail.isEmpty() ? "" : " (" + detail + ")");
  }

  /** What binds. */
  public enum Kind {
    /** The plan's first month, or its last: there is no month before or after to move to. */
    HORIZON,
    /** A fact: the region moved before the plan, by a decision in the ledger. */
    DECIDED,
    /** An agreed month. */
    FIXED,
    /** The minimum readiness probability. */
    READINESS,
    /** The months the region must spend in its stage. */
    MIN_MONTHS_IN_STAGE,
    /** The most regions that may move in one month. */
    PER_MONTH,
    /** The least months from one tranche to the next. */
    TRANCHE_SPACING,
    /** The most tranches. */
    MAX_TRANCHES,
    /** Advisers and trainers. */
    CAPACITY,
    /** A troop ceiling. */
    CEILING,
    /** A region under foreign lead would be left with every neighbour moved. */
    CONTIGUITY,
    /** Every constraint allows the other month, and it costs more. */
    OBJECTIVE,
    /** Every constraint allows the other month, and it costs the same. */
    TIE;

    /** "min_months_in_stage". */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
