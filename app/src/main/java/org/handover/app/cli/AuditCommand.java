package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The audit trail: checking its hash chain, and exporting it. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "The audit trail of every change (sign-ins, imports, decisions, users and roles): append-only"
            + " and hash-chained.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Check the hash chain: exit 0 and print the last entry's number and hash (write it down:"
              + " it tells later whether entries were cut off the end), or exit 2 naming the first"
              + " broken entry.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
      PrintWriter err = TerminalText.safe(spec.commandLine().getErr());
      try (Store s = store.open(spec.commandLine().getErr())) {
        Optional<AuditLog.Break> broken = AuditLog.verify(s);
        if (broken.isPresent()) {
          err.println(
              "handover: the audit trail of "
                  + store.database()
                  + " is broken at entry "
                  + broken.get().seq()
                  + ": "
                  + broken.get().reason());
          err.flush();
          return ExitCodes.USER_ERROR;
        }
        AuditLog.Head head = AuditLog.head(s);
        out.println("audit trail intact: " + head.seq() + " entries; last hash " + head.hash());
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Write every entry of the audit trail as CSV.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin ForceOption force;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path out;

    @Override
    public Integer call() {
      try (Store s = store.open(spec.commandLine().getErr())) {
        AuditLog.exportCsv(s, out, store.outputs(s, force));
      }
      return 0;
    }
  }
}
