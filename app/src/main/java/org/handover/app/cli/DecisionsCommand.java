package org.handover.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handover.app.output.LedgerOutput;
import org.handover.engine.HandoverException;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Lists the decision ledger: every entry, superseded ones marked with what superseded them. */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description =
        "List the ledger of real decisions (imported, or recorded with 'handover decide'), or with"
            + " --kind the planned or simulated ones; superseded entries are kept and marked.",
    subcommands = DecisionsCompareCommand.class)
final class DecisionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description = "Only this region's entries (repeatable; aliases work).")
  List<String> regions = List.of();

  @Option(
      names = "--kind",
      defaultValue = "real",
      paramLabel = "KIND",
      description =
          "Which ledger: real (default), planned or simulated (a policy's decisions recorded by"
              + " handover compare --record).")
  String kind;

  @Mixin OutputOptions output;

  private DecisionKind kind() {
    for (DecisionKind k : DecisionKind.values()) {
      if (k.name().equalsIgnoreCase(kind.strip())) {
        return k;
      }
    }
    throw new ParameterException(
        spec.commandLine(), "--kind must be real, planned or simulated, not '" + kind + "'");
  }

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      String theater = store.theater(s);
      TheaterReader reader = new TheaterReader(s);
      Ledger ledger = reader.ledger(theater, kind());
      List<LedgerEntry> entries = ledger.entries();
      if (!regions.isEmpty()) {
        RegionResolver resolver = reader.resolver(theater);
        Set<RegionId> keep =
            Set.copyOf(
                regions.stream()
                    .map(
                        n ->
                            resolver
                                .resolve(n)
                                .orElseThrow(
                                    () ->
                                        new HandoverException(
                                            "no region '"
                                                + n
                                                + "' in theater "
                                                + theater
                                                + "; closest: "
                                                + String.join(", ", resolver.closest(n, 3)))))
                    .toList());
        entries = entries.stream().filter(e -> keep.contains(e.region())).toList();
      }
      List<LedgerEntry> shown = entries;
      output.print(
          spec,
          guard,
          w -> {
            LedgerOutput.print(
                output.format, theater, ledger, shown, reader.decisionOrigins(theater), w);
          });
    }
    return 0;
  }
}
