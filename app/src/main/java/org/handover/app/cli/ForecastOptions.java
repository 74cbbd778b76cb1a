package org.handover.app.cli;

import picocli.CommandLine.Option;

/** Options every probabilistic command shares: what to forecast, how many paths, which seed. */
final class ForecastOptions {
  @Option(names = "--variable", defaultValue = "deaths_best", paramLabel = "NAME",
      description = "Event variable to forecast (default: ${DEFAULT-VALUE}).")
  String variable;

  @Option(names = "--paths", defaultValue = "1000", paramLabel = "N", description = "Sample paths (default: ${DEFAULT-VALUE}).")
  int paths;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
      description = "Random seed: the same data and seed give the same result (default: ${DEFAULT-VALUE}).")
  long seed;
}
