package org.handover.engine.benchmark;

import java.util.List;
import java.util.Objects;

/**
 * A rung of the transition ladder (e.g. FOREIGN_LEAD, JOINT, LOCAL_LEAD, LOCAL_CONTROL,
 * SELF_RELIANT). A region is at the highest stage whose conditions, and those of every stage
 * below it, are all met. The first stage requires nothing.
 */
public record Stage(String id, String description, List<String> requires) {
  public Stage {
    Objects.requireNonNull(id, "id");
    description = description == null ? "" : description;
    requires = List.copyOf(requires);
  }
}
