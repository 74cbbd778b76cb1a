package org.handover.app.cli;

import java.time.YearMonth;
import java.util.Optional;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.Workspace;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every probabilistic command shares: what to forecast, how many paths, which seed. */
final class ForecastOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--variable",
      defaultValue = ForecastRun.DEFAULT_VARIABLE,
      paramLabel = "NAME",
      description = "Event variable to forecast (default: ${DEFAULT-VALUE}).")
  String variable;

  @Option(
      names = "--paths",
      defaultValue = "" + ForecastRun.DEFAULT_PATHS,
      paramLabel = "N",
      description = "Sample paths (default: ${DEFAULT-VALUE}).")
  int paths;

  @Option(
      names = "--fit-from",
      paramLabel = "YYYY-MM",
      description =
          "First month the model learns from (default: the theater's forecast_fit_from, else all the data).")
  YearMonth fitFrom;

  @Option(
      names = "--seed",
      defaultValue = "" + ForecastRun.DEFAULT_SEED,
      paramLabel = "N",
      description =
          "Random seed: the same data and seed give the same result (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The forecast pipeline for the workspace, learning from --fit-from or the theater's setting. */
  ForecastRun run(Store store, Workspace ws) {
    OptionChecks.between(command, "--paths", paths, 1, OptionChecks.MAX_PATHS);
    Optional<YearMonth> from =
        fitFrom != null
            ? Optional.of(fitFrom)
            : new TheaterReader(store).forecastFitFrom(ws.theaterName());
    return ForecastRun.of(ws, variable, from);
  }
}
