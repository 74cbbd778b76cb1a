package org.handover.app.cli;

import java.io.IOException;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.handover.app.output.OutlookOutput;
import org.handover.app.workspace.Workspace;
import org.handover.engine.outlook.OutlookResult;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Each region's chance of meeting the conditions of its next stage by each future month. */
@Command(
    name = "outlook",
    mixinStandardHelpOptions = true,
    description =
        "For each region, the probability that it meets every condition of its next stage by each month after "
            + "--as-of, found by judging the benchmark set on forecast sample paths; and the expected month with an 80%% interval.")
final class OutlookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;
  @Mixin AsOfOption asOf;
  @Mixin PathHorizonOptions ahead;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    ahead.check(spec);
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      Workspace ws = store.workspace(s);
      YearMonth month = asOf.month(ws);
      OutlookResult o =
          forecast
              .run(s, ws)
              .outlook(month, ahead.horizon, forecast.paths, forecast.seed, ahead.lookback);
      output.print(
          spec,
          guard,
          w -> {
            OutlookOutput.print(output.format, o, ws.provenance(), ws.standings(), month, w);
          });
    }
    return 0;
  }
}
