package org.handover.io.audit;

import org.handover.engine.HandoverException;

/** An anchor file of the audit trail that cannot be read: names the file and the field. */
public final class AnchorException extends HandoverException {
  private static final long serialVersionUID = 1L;

  public AnchorException(String message) {
    super(message);
  }

  AnchorException(String message, Throwable cause) {
    super(message, cause);
  }
}
