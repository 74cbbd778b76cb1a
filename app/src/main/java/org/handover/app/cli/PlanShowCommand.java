package org.handover.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.handover.app.output.PlanOutput;
import org.handover.engine.plan.Plan;
import org.handover.io.files.OutputGuard;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows one version of a plan: status, hash, signatures, transitions (and in JSON its document).
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Show a version of plan NAME (default: the current one): its status, content hash,"
            + " proposal and signatures, its transitions, and (in JSON) its document.")
final class PlanShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "NAME", description = "The plan's name.")
  String name;

  @Option(names = "--version", paramLabel = "V", description = "The version (default: current).")
  Integer version;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      String theater = store.theater(s);
      Plan plan = PlanStore.of(s, theater).load(name);
      int v = version != null ? plan.version(version).number() : plan.current().number();
      output.print(spec, guard, w -> PlanOutput.show(output.format, theater, plan, v, w));
    }
    return 0;
  }
}
