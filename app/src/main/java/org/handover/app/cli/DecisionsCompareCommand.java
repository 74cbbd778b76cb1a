package org.handover.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.handover.app.output.ComparisonOutput;
import org.handover.app.workspace.Decisions;
import org.handover.app.workspace.Workspace;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The benchmark set's recommendations measured against what was decided, region by region. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare the benchmark set's recommendations with the decisions to a stage: per region the first month "
            + "recommended, the decision's month, the lead, whether it was recommended then and the reversals before; "
            + "overall the rank correlation of the two orders and the median lead. A measurement, not a target to fit.")
final class DecisionsCompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      defaultValue = "LOCAL_CONTROL",
      description = "The decided stage to compare (default: ${DEFAULT-VALUE}).")
  String stage;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      Workspace ws = store.workspace(s);
      if (!ws.stageIds().contains(stage)) {
        throw new ParameterException(
            spec.commandLine(),
            "--stage "
                + stage
                + " is not a stage of the benchmark set ("
                + String.join(", ", ws.stageIds())
                + ")");
      }
      Decisions.Compared c =
          Decisions.compare(ws, new TheaterReader(s).ledger(ws.theaterName()), stage);
      output.print(
          spec,
          guard,
          w -> {
            ComparisonOutput.print(output.format, c.comparison(), c.provenance(), w);
          });
    }
    return 0;
  }
}
