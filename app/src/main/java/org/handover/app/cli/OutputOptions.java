package org.handover.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.app.output.OutputFormat;
import org.handover.io.files.OutputGuard;
import picocli.CommandLine.Mixin;
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
      description = "Write to FILE instead of the terminal ('-': the terminal).")
  Path out;

  @Mixin ForceOption force;

  /** What writes the result onto a writer. */
  @FunctionalInterface
  interface Body {
    void print(PrintWriter w) throws IOException;
  }

  boolean toTerminal() {
    return out == null || out.toString().equals("-");
  }

  /** Refuses --out now, before any work, if {@code guard} would refuse it at the end. */
  void check(OutputGuard guard) {
    if (!toTerminal()) {
      guard.check(out);
    }
  }

  /**
   * Prints to the terminal, or writes the file whole through {@code guard}: a failed write (a full
   * disk) is an error, never a short file.
   */
  void print(CommandSpec spec, OutputGuard guard, Body body) throws IOException {
    if (toTerminal()) {
      // left open for picocli when the result's writer closes it
      PrintWriter terminal =
          new PrintWriter(spec.commandLine().getOut()) {
            @Override
            public void close() {
              flush();
            }
          };
      body.print(terminal);
      terminal.flush();
      return;
    }
    guard.write(out, file -> write(file, body));
  }

  /** Writes {@code body} to {@code file}, failing on the first error PrintWriter would swallow. */
  static void write(Path file, Body body) throws IOException {
    try (BufferedWriter buffered = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(buffered, body);
    }
  }

  static void write(Writer target, Body body) throws IOException {
    ErrorKeeping kept = new ErrorKeeping(target);
    PrintWriter w = new PrintWriter(kept);
    body.print(w);
    w.flush();
    kept.rethrow();
  }

  /** Passes everything on and remembers the first error, which PrintWriter only flags. */
  private static final class ErrorKeeping extends Writer {
    private final Writer target;
    private IOException error;

    ErrorKeeping(Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        target.write(cbuf, off, len);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        target.flush();
      } catch (IOException e) {
        throw kept(e);
      }
    }

    /** The file is closed by its owner, once, where its error can be seen. */
    @Override
    public void close() throws IOException {
      flush();
    }

    private IOException kept(IOException e) {
      if (error == null) {
        error = e;
      }
      return e;
    }

    void rethrow() throws IOException {
      if (error != null) {
        throw error;
      }
    }
  }
}
