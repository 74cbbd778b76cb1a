package org.handover.io.imports;

import java.util.List;
import org.handover.engine.HandoverException;

/**
 * An import that did not land: nothing was written except a 'failed' import record. Carries the
 * rejections so the user can see every problem at once, not just the first.
 */
public class ImportException extends HandoverException {
  private static final long serialVersionUID = 1L;

  private final List<Rejection> rejections;

  public ImportException(String message, List<Rejection> rejections) {
    super(message);
    this.rejections = List.copyOf(rejections);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
    this.rejections = List.of();
  }

  public List<Rejection> rejections() {
    return rejections;
  }
}
