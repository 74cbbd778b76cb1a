package org.handover.app.output;

/** How a command prints its result. */
public enum OutputFormat {
  table,
  json,
  csv
}
