package org.handover.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.plan.Party;
import org.handover.engine.plan.SignOff;
import org.handover.io.audit.AuditLog;
import org.handover.io.plan.PlanAudit;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Signs a version of a plan for one party; the second party's signature agrees it and puts its
 * transitions in the planned decision ledger, in the same transaction.
 */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description =
        "Sign a proposed version of plan NAME for the host or the partner. When a signatory of each"
            + " party has signed the same version, it is agreed and its transitions are appended to"
            + " the planned decision ledger (handover decisions --kind planned), superseding those of"
            + " the plan's earlier agreement.")
final class PlanSignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "NAME", description = "The plan's name.")
  String name;

  @Option(
      names = "--version",
      required = true,
      paramLabel = "V",
      description = "The version signed (it must be the current one).")
  int version;

  @Option(
      names = "--party",
      required = true,
      paramLabel = "PARTY",
      description = "host or partner.")
  Party party;

  @Option(
      names = "--signatory",
      required = true,
      paramLabel = "WHO",
      description = "Who signs for the party.")
  String signatory;

  @Option(
      names = "--sha256",
      paramLabel = "HASH",
      description =
          "The content hash the signatory read (from plan show; at least 12 hex digits): the"
              + " signature is refused if the version's content is not that.")
  String sha256;

  @Override
  public Integer call() {
    PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
    try (Store s = store.openForWriting(spec.commandLine().getErr())) {
      PlanStore.Signed signed =
          PlanStore.of(s, store.theater(s))
              .sign(
                  name,
                  version,
                  party,
                  signatory,
                  Optional.ofNullable(sha256),
                  PlanTime.now(),
                  PlanAudit.signed(AuditLog.commandLineActor(), name, version, party));
      SignOff.Signing g = signed.signing();
      if (g.alreadySigned()) {
        out.printf(
            "already signed: %s signed plan %s version %d for %s%n",
            g.signature().signatory(), name, version, SignOff.party(party));
      } else {
        out.printf(
            "signed plan %s version %d for %s by %s (sha256 %s)%n",
            name, version, SignOff.party(party), g.signature().signatory(), g.signature().sha256());
      }
      if (g.agreed()) {
        out.printf(
            "agreed: both parties have signed version %d; %d planned decisions appended to the"
                + " ledger:%n",
            version, signed.decisions().size());
        for (LedgerEntry e : signed.decisions()) {
          out.printf(
              "  %s%s%n", e.id(), e.supersedes().map(x -> " (supersedes " + x + ")").orElse(""));
        }
      } else if (!g.alreadySigned()) {
        out.printf(
            "not agreed yet: waiting for the %s's signature%n",
            SignOff.party(party == Party.HOST ? Party.PARTNER : Party.HOST));
      }
      out.flush();
    }
    return 0;
  }
}
