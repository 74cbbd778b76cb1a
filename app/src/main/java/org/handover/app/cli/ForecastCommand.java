package org.handover.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handover.app.output.ForecastOutput;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.theater.RegionId;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The predictive distribution of monthly fatalities per region: quantiles and sample paths. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description =
        "Forecast an event variable per region for the months after --as-of: 10/50/90%% quantiles from "
            + "seeded sample paths of a negative-binomial dynamic model (docs/forecast-model.md).")
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;
  @Mixin AsOfOption asOf;

  @Option(
      names = "--horizon",
      defaultValue = "" + ForecastRun.FORECAST_HORIZON,
      paramLabel = "MONTHS",
      description = "Months ahead (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--region", paramLabel = "NAME", description = "Only these regions (repeatable).")
  List<String> regions = List.of();

  @Mixin OutputOptions output;

  @Option(
      names = "--samples-out",
      paramLabel = "FILE",
      description = "Also write every sample path (path, region, month, value) as CSV.")
  Path samplesOut;

  @Override
  public Integer call() throws IOException {
    OptionChecks.between(spec, "--horizon", horizon, 1, OptionChecks.MAX_HORIZON);
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      if (samplesOut != null) {
        guard.check(samplesOut);
      }
      Workspace ws = store.workspace(s);
      Set<RegionId> only = Set.copyOf(store.regions(s, ws, regions));
      Forecast f =
          forecast.run(s, ws).forecast(asOf.month(ws), horizon, forecast.paths, forecast.seed);
      output.print(
          spec,
          guard,
          w -> {
            ForecastOutput.print(output.format, f, only, ws.provenance(), w);
          });
      if (samplesOut != null) {
        guard.write(samplesOut, file -> ForecastOutput.samples(f, file));
        spec.commandLine()
            .getErr()
            .println("wrote " + f.paths().pathCount() + " sample paths to " + samplesOut);
      }
    }
    return 0;
  }
}
