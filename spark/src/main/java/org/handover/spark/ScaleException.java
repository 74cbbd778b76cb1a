package org.handover.spark;

import org.handover.engine.HandoverException;

/** A user error of the scale-out job: a bad option, a missing table or column, bad values. */
final class ScaleException extends HandoverException {
  private static final long serialVersionUID = 1L;

  ScaleException(String message) {
    super(message);
  }

  ScaleException(String message, Throwable cause) {
    super(message, cause);
  }
}
