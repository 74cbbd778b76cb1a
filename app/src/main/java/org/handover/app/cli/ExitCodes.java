package org.handover.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.handover.engine.HandoverException;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * The exit code for each kind of failure. A user error is one the user can fix from its message: a
 * {@link HandoverException} (bad data, configuration or option value), an option picocli rejects,
 * or a file that cannot be read or written. Anything else is a bug.
 */
final class ExitCodes implements IExitCodeExceptionMapper {
  static final int OK = 0;

  static final int USER_ERROR = 2;

  /** EX_SOFTWARE of BSD's sysexits.h: an internal software error. */
  static final int BUG = 70;

  /** EX_OSERR of BSD's sysexits.h: the run needed more memory than Java was given. */
  static final int OUT_OF_MEMORY = 71;

  @Override
  public int getExitCode(Throwable t) {
    if (outOfMemory(t)) {
      return OUT_OF_MEMORY;
    }
    return isUserError(t) ? USER_ERROR : BUG;
  }

  /** Out of memory, here or in a worker thread whose failure arrives wrapped. */
  static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  static boolean isUserError(Throwable t) {
    return t instanceof HandoverException
        || t instanceof ParameterException
        || t instanceof IOException
        || t instanceof UncheckedIOException;
  }

  /** One line for a run that ran out of memory: how much Java had, and what to change. */
  static String outOfMemory() {
    return String.format(
        "out of memory: this run needs more than the %d MB Java may use; ask for less (fewer"
            + " --paths, a shorter --horizon, fewer months) or give Java more memory, e.g."
            + " HANDOVER_JAVA_OPTS=-Xmx8g",
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * What the user reads: the message, with a file error named plainly (Java's says only the path).
   */
  static String message(Throwable t) {
    Throwable e = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
    if (e instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      // what was attempted, when the wrapper says it ("cannot read /x"), else the path alone
      boolean said = t != e && t.getMessage() != null && !t.getMessage().equals(e.toString());
      return (said ? t.getMessage() : "cannot access " + f.getFile()) + ": permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
