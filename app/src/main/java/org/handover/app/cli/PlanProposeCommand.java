package org.handover.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
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

/** Puts the current version of a plan to both parties for signature. */
@Command(
    name = "propose",
    mixinStandardHelpOptions = true,
    description =
        "Propose a version of plan NAME for signature (only the current version can be proposed).")
final class PlanProposeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "NAME", description = "The plan's name.")
  String name;

  @Option(
      names = "--version",
      paramLabel = "V",
      description = "The version to propose (default: the current one).")
  Integer version;

  @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who proposes it.")
  String by;

  @Override
  public Integer call() {
    PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
    try (Store s = store.openForWriting(spec.commandLine().getErr())) {
      PlanStore plans = PlanStore.of(s, store.theater(s));
      int v = version != null ? version : plans.load(name).current().number();
      SignOff.Proposal p =
          plans.propose(
              name, v, by, PlanTime.now(), PlanAudit.proposed(AuditLog.commandLineActor(), name));
      out.printf(
          "%s plan %s version %d (sha256 %s)%s%n",
          p.alreadyProposed() ? "already proposed:" : "proposed",
          name,
          v,
          p.version().version().sha256(),
          p.alreadyProposed()
              ? " by " + p.version().proposedBy().orElse("")
              : "; each party signs it with: handover plan sign "
                  + name
                  + " --version "
                  + v
                  + " --party host|partner --signatory WHO");
      out.flush();
    }
    return 0;
  }
}
