package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.io.audit.AuditAnchor;
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
    subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class, AuditCommand.Export.class})
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
          "Check the hash chain: exit 0 and print the last entry's number and hash, or exit 2"
              + " naming the first broken entry. With --anchor, also check the trail against an"
              + " anchor written earlier (handover audit anchor): entries cut off the end, or a"
              + " chain rewritten whole, exit 2 naming what does not match.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--anchor",
        paramLabel = "FILE",
        description = "An anchor file written by handover audit anchor (or handover serve).")
    Path anchor;

    @Override
    public Integer call() {
      PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
      PrintWriter err = TerminalText.safe(spec.commandLine().getErr());
      // read first: a bad anchor file is refused before the database is opened
      Optional<AuditAnchor> anchored = Optional.ofNullable(anchor).map(AuditAnchor::read);
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
        Optional<String> mismatch = anchored.flatMap(a -> a.mismatch(s));
        if (mismatch.isPresent()) {
          err.println(
              "handover: the audit trail of "
                  + store.database()
                  + " does not match the anchor "
                  + anchor
                  + ": "
                  + mismatch.get());
          err.flush();
          return ExitCodes.USER_ERROR;
        }
        AuditLog.Head head = AuditLog.head(s);
        out.println("audit trail intact: " + head.seq() + " entries; last hash " + head.hash());
        anchored.ifPresent(
            a ->
                out.println(
                    "matches the anchor "
                        + anchor
                        + " (entry "
                        + a.lastSeq()
                        + ", written "
                        + a.writtenAt()
                        + "): "
                        + (head.seq() - a.lastSeq())
                        + " entries since"));
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "anchor",
      mixinStandardHelpOptions = true,
      description = {
        "Write down the end of the audit trail (entries, last entry's number and hash, time) as a"
            + " small JSON file, to keep where whoever can write the database cannot (another"
            + " machine, write-once media). handover audit verify --anchor FILE later shows"
            + " entries cut off the end or a chain rewritten whole.",
        "Examples:",
        "  handover audit anchor --out /mnt/worm/handover-audit-anchor.json",
        "  handover audit verify --anchor /mnt/worm/handover-audit-anchor.json"
      })
  static final class Anchor implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin ForceOption force;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "The anchor file (default: print it). An anchor file is renewed in place; any other"
                + " existing file only with --force.")
    Path out;

    @Override
    public Integer call() {
      try (Store s = store.open(spec.commandLine().getErr())) {
        Optional<AuditLog.Break> broken = AuditLog.verify(s);
        if (broken.isPresent()) {
          PrintWriter err = TerminalText.safe(spec.commandLine().getErr());
          err.println(
              "handover: no anchor written: the audit trail of "
                  + store.database()
                  + " is broken at entry "
                  + broken.get().seq()
                  + ": "
                  + broken.get().reason());
          err.flush();
          return ExitCodes.USER_ERROR;
        }
        AuditAnchor anchor = AuditAnchor.of(s, Clock.systemUTC());
        if (out == null) {
          PrintWriter w = spec.commandLine().getOut();
          w.print(anchor.json());
          w.flush();
        } else {
          anchor.write(out, store.outputs(s, force));
        }
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
