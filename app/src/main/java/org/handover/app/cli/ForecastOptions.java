package org.handover.app.cli;

import picocli.CommandLine.Option;

/** Options every probabilistic command shares: what to forecast, how many paths, which seed. */
final class ForecastOptions {
  @Option(names = "--variable", defaultValue = "deaths_best", paramLabel = "NAME",
      description = "Event variable to forecast (default: ${DEFAULT-VALUE}).")
  String variable;

  @Option(names = "--paths", defaultValue = "1000", paramLabel = "N", description = "Sample paths (default: ${DEFAULT-VALUE}).")
  int paths;

  @Option(names = "--fit-from", paramLabel = "YYYY-MM",
      description = "First month the model learns from (default: the theater's forecast_fit_from, else all the data).")
  java.time.YearMonth fitFrom;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
      description = "Random seed: the same data and seed give the same result (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The forecast pipeline for the workspace, learning from --fit-from or the theater's setting. */
  org.handover.app.workspace.ForecastRun run(org.handover.io.store.Store store, org.handover.app.workspace.Workspace ws) {
    java.util.Optional<java.time.YearMonth> from = fitFrom != null ? java.util.Optional.of(fitFrom)
        : new org.handover.io.store.TheaterReader(store).forecastFitFrom(ws.theaterName());
    return org.handover.app.workspace.ForecastRun.of(ws, variable, from);
  }
}
