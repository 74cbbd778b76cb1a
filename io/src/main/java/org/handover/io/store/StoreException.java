package org.handover.io.store;

import org.handover.engine.HandoverException;

/** A store operation failed; the message says what and where. */
public class StoreException extends HandoverException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
