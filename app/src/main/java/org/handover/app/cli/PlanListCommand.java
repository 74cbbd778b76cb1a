package org.handover.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.handover.app.output.PlanOutput;
import org.handover.engine.plan.Plan;
import org.handover.io.files.OutputGuard;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the theater's plans. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the theater's plans: versions, the current one's status, the one in force.")
final class PlanListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      String theater = store.theater(s);
      PlanStore plans = PlanStore.of(s, theater);
      List<Plan> all = plans.names().stream().map(plans::load).toList();
      output.print(spec, guard, w -> PlanOutput.list(output.format, theater, all, w));
    }
    return 0;
  }
}
