package org.handover.app.cli;

/** How a command prints its result. */
enum OutputFormat {
  table,
  json,
  csv
}
