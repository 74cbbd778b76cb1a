package org.handover.engine.benchmark;

import java.util.List;
import java.util.Objects;

/**
 * A rung of the transition ladder (e.g. FOREIGN_LEAD, JOINT, LOCAL_LEAD, LOCAL_CONTROL,
 * SELF_RELIANT). A region is at the highest stage whose conditions, and those of every stage below
 * it, are all met. The first stage requires nothing.
 *
 * @param hysteresis how long the stage's conditions must hold before a region is recommended for
 *     it, and fail before it is flagged or stepped back ({@link StageHysteresis#defaults} when not
 *     given)
 */
public record Stage(
    String id, String description, List<String> requires, StageHysteresis hysteresis) {
  public Stage {
    Objects.requireNonNull(id, "id");
    description = description == null ? "" : description;
    requires = List.copyOf(requires);
    hysteresis = hysteresis == null ? StageHysteresis.defaults(id) : hysteresis;
    if (!hysteresis.stage().equals(id)) {
      throw new IllegalArgumentException(
          "stage " + id + " has the hysteresis of stage " + hysteresis.stage());
    }
  }

  /** A stage with the default hysteresis. */
  public Stage(String id, String description, List<String> requires) {
    this(id, description, requires, null);
  }
}
