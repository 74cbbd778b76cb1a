package org.handover.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.handover.app.output.PlanDiffOutput;
import org.handover.engine.plan.Plan;
import org.handover.io.files.OutputGuard;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares two versions of a plan: transitions moved, added, removed; the documents by pointer. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare versions V1 and V2 of plan NAME: the transitions moved (month or tranche),"
            + " added and removed, and every change of the plan document at its JSON pointer.")
final class PlanDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "NAME", description = "The plan's name.")
  String name;

  @Parameters(index = "1", paramLabel = "V1", description = "The earlier version.")
  int v1;

  @Parameters(index = "2", paramLabel = "V2", description = "The later version.")
  int v2;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      String theater = store.theater(s);
      Plan plan = PlanStore.of(s, theater).load(name);
      output.print(spec, guard, w -> PlanDiffOutput.print(output.format, theater, plan, v1, v2, w));
    }
    return 0;
  }
}
