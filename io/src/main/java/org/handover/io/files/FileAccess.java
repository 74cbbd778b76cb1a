package org.handover.io.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.handover.engine.HandoverException;

/**
 * A file or folder that could not be read, written or created, said plainly. Java's file system
 * errors carry only the path as their message ({@code AccessDeniedException: /data/x.csv}), which
 * reads as if the path were the problem; the message here says what was attempted, on which path,
 * and why.
 */
public final class FileAccess {
  private FileAccess() {}

  /**
   * Why {@code e} happened, without the path: "permission denied", the operating system's reason
   * ("no space left on device", "read-only file system"), else the exception's message.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof FileSystemException) {
      return e.getClass()
          .getSimpleName()
          .replaceAll("Exception$", "")
          .replaceAll("([a-z])([A-Z])", "$1 $2")
          .toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /**
   * The user's error for a failed {@code attempt} ("read", "write", "create the folder") on {@code
   * path}: "cannot read /data/x.csv: permission denied".
   */
  public static HandoverException failed(String attempt, Path path, IOException e) {
    return new HandoverException("cannot " + attempt + " " + path + ": " + reason(e), e);
  }
}
