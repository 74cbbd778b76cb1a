package org.handover.engine.forecast;

import java.io.Serializable;
import java.util.Objects;

/**
 * One fitted coefficient.
 *
 * @param standardError approximate, from the inverse of the (weighted) observed information; NaN
 *     when the information matrix is not positive definite
 */
public record Parameter(String name, double estimate, double standardError, String meaning)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public Parameter {
    Objects.requireNonNull(name, "name");
    meaning = meaning == null ? "" : meaning;
  }
}
