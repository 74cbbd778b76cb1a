package org.handover.io.imports;

import java.util.Objects;

/** A row an import did not take, and why: enough to find it in the file and fix it. */
public record Rejection(String file, long line, String field, String value, String reason) {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    field = field == null ? "" : field;
    value = value == null ? "" : value;
  }

  @Override
  public String toString() {
    return file + ":" + line + (field.isEmpty() ? "" : ": field '" + field + "'")
        + (value.isEmpty() ? "" : " = \"" + value + "\"") + ": " + reason;
  }
}
