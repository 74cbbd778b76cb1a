package org.handover.io.imports.measurements;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated value for a region (or the whole theater): force strength, trained share, units at a
 * readiness level, advisers, a governance score, foreign troops of one nation in one role...
 *
 * @param region empty: national
 * @param nation for foreign forces, the contributing nation; empty: all or not applicable
 * @param role for foreign forces, their role (combat, advise, training...); empty: all roles
 * @param illustrative true when the value is not real data
 */
public record Measurement(
    String measure,
    Optional<String> region,
    YearMonth month,
    double value,
    Optional<String> nation,
    Optional<String> role,
    boolean illustrative,
    String note) {

  public Measurement {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(role, "role");
    note = note == null ? "" : note;
  }

  /** What must be unique within a file: one value per measure, region, month, nation and role. */
  public String key() {
    return measure
        + "|"
        + region.orElse("")
        + "|"
        + month
        + "|"
        + nation.orElse("")
        + "|"
        + role.orElse("");
  }
}
