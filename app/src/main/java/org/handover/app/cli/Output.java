package org.handover.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's result goes: a file, or the terminal (left open for picocli). */
final class Output {
  private Output() {}

  static PrintWriter writer(Path file, picocli.CommandLine.Model.CommandSpec spec) throws IOException {
    if (file == null) {
      PrintWriter terminal = spec.commandLine().getOut();
      return new PrintWriter(terminal) {
        @Override
        public void close() {
          flush();
        }
      };
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }
}
