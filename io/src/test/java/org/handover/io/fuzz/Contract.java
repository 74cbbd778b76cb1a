package org.handover.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import org.handover.engine.HandoverException;
import org.opentest4j.AssertionFailedError;

/**
 * The contract every parser keeps on any input, as the fuzz targets check it: a refusal is a {@link
 * HandoverException} whose message is not blank and names the file, and that is not a bug in
 * disguise (an importer wraps whatever stops it in an import error, so a NullPointerException or a
 * raw DuckDB error would otherwise pass as a user error).
 */
final class Contract {
  private Contract() {}

  /**
   * Checks a refusal of the file called {@code fileName} (null: the input is not a file).
   *
   * @throws AssertionFailedError with {@code refusal} as its cause when the contract is broken
   */
  static void refusal(HandoverException refusal, String fileName) {
    String message = refusal.getMessage();
    check(message != null && !message.isBlank(), "a user error without a message", refusal);
    if (fileName != null) {
      check(message.contains(fileName), "a user error that does not name the file", refusal);
    }
    for (Throwable t = refusal.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      check(!isBug(t), "a user error caused by " + t.getClass().getName(), refusal);
    }
  }

  /**
   * Exceptions that only a bug throws, however an importer wraps them: a raw DuckDB error means the
   * input reached SQL unchecked, and its message speaks of SQL, not of the file.
   */
  private static boolean isBug(Throwable t) {
    return t instanceof NullPointerException
        || t instanceof IndexOutOfBoundsException
        || t instanceof ArithmeticException
        || t instanceof ClassCastException
        || t instanceof IllegalStateException
        || t instanceof UnsupportedOperationException
        || t instanceof NoSuchElementException
        || t instanceof ConcurrentModificationException
        || t instanceof NegativeArraySizeException
        || t instanceof ArrayStoreException
        || t instanceof SQLException
        || t instanceof Error;
  }

  private static void check(boolean holds, String what, HandoverException refusal) {
    if (!holds) {
      throw new AssertionFailedError(what + ": " + refusal.getMessage(), refusal);
    }
  }

  /** Rows read are imported or rejected, never lost. */
  static void accounted(long read, long imported, long rejected) {
    assertThat(imported).as("rows imported").isNotNegative();
    assertThat(rejected).as("rows rejected").isNotNegative();
    assertThat(imported + rejected).as("rows imported + rejected").isEqualTo(read);
  }
}
