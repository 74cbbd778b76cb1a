package org.handover.io.imports;

import java.util.Objects;

/**
 * A row an import did not take, and why: enough to find it in the file and fix it.
 *
 * @param raw the original record as it stood in the file (without line break), so it can be kept
 *     aside and re-imported once fixed; empty when not available
 */
public record Rejection(
    String file, long line, String field, String value, String reason, String raw) {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    field = field == null ? "" : field;
    value = value == null ? "" : value;
    raw = raw == null ? "" : raw;
  }

  public Rejection(String file, long line, String field, String value, String reason) {
    this(file, line, field, value, reason, "");
  }

  /**
   * The reason without what is particular to this row, so rejections can be counted by reason: the
   * details in parentheses are left out, quoted values become '…' and numbers N ("duplicate id:
   * first seen at line N").
   */
  public String cause() {
    int details = reason.indexOf(" (");
    String head = details > 0 ? reason.substring(0, details) : reason;
    return head.replaceAll("'[^']*'", "'…'")
        .replaceAll("\"[^\"]*\"", "\"…\"")
        .replaceAll("[0-9]+", "N");
  }

  /** The most characters of a value that a message echoes (see {@link #echo}). */
  public static final int ECHO_LIMIT = 80;

  /**
   * The message for people: where, the field, its value (capped by {@link #echo}) and why. The full
   * value stays in the store and in the rejects file.
   */
  @Override
  public String toString() {
    return file
        + ":"
        + line
        + (field.isEmpty() ? "" : ": field '" + field + "'")
        + (value.isEmpty() ? "" : " = \"" + echo(value) + "\"")
        + ": "
        + reason;
  }

  /**
   * {@code text} as a message may echo it: at most {@link #ECHO_LIMIT} characters, then how many
   * were left out. A message names the file and line; it need not, and should not, repeat whole
   * lines of a file (a manifest can point an import at any readable file).
   */
  public static String echo(String text) {
    if (text.length() <= ECHO_LIMIT) {
      return text;
    }
    int end = ECHO_LIMIT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
  }
}
