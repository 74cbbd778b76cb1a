package org.handover.engine;

/**
 * An error the user can fix: bad input, a bad configuration file, an option that does not fit the
 * data. Its message says what is wrong and where (file, line, field), and is all the user sees. Any
 * other exception is a bug in Handover and is reported with its stack trace.
 */
public class HandoverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HandoverException(String message) {
    super(message);
  }

  public HandoverException(String message, Throwable cause) {
    super(message, cause);
  }
}
