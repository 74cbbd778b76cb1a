package org.handover.engine.panel;

import java.util.Objects;

/**
 * What a panel column is.
 *
 * @param illustrative true when the values are not real data (e.g. a per-region split of a national
 *     figure); every output that uses such a variable must say so
 * @param description one line on what it measures and where it comes from
 */
public record Variable(String name, VariableKind kind, boolean illustrative, String description) {
  public Variable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
  }

  public static Variable real(String name, VariableKind kind, String description) {
    return new Variable(name, kind, false, description);
  }

  public static Variable illustrative(String name, VariableKind kind, String description) {
    return new Variable(name, kind, true, description);
  }
}
