package org.handover.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how a command prints its result: shared by every command with tabular output. */
final class OutputOptions {
  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
  Path out;

  PrintWriter writer(picocli.CommandLine.Model.CommandSpec spec) throws IOException {
    return Output.writer(out, spec);
  }
}
