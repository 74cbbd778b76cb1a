package org.handover.io.files;

import java.nio.file.Path;
import org.handover.engine.HandoverException;

/**
 * A file Handover will not read or write as asked: the message names the file, the rule and the way
 * out.
 */
public final class FileRefusal extends HandoverException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  FileRefusal(Path file, String message) {
    super(message);
    this.file = file;
  }

  /** The file refused, as the user gave it. */
  public Path file() {
    return file;
  }
}
