package org.handover.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.app.output.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where and how a command prints its result: shared by every command with tabular output. */
final class OutputOptions {
  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of the terminal.")
  Path out;

  /** The file, or the terminal (left open for picocli when the writer is closed). */
  PrintWriter writer(CommandSpec spec) throws IOException {
    if (out == null) {
      PrintWriter terminal = spec.commandLine().getOut();
      return new PrintWriter(terminal) {
        @Override
        public void close() {
          flush();
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
  }
}
