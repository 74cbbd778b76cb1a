package org.handover.app.cli;

import org.handover.app.workspace.ForecastRun;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How far commands that judge the benchmark set on sample paths look ahead, and how much history
 * each path carries: outlook and compare.
 */
final class PathHorizonOptions {
  @Option(
      names = "--horizon",
      defaultValue = "" + ForecastRun.OUTLOOK_HORIZON,
      paramLabel = "MONTHS",
      description = "Months ahead (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(
      names = "--lookback",
      defaultValue = "" + ForecastRun.DEFAULT_LOOKBACK,
      paramLabel = "MONTHS",
      description =
          "History kept before the origin for indicators that look back (default: ${DEFAULT-VALUE}).")
  int lookback;

  /** Refuses a horizon or lookback out of range, naming the option. */
  void check(CommandSpec spec) {
    OptionChecks.between(spec, "--horizon", horizon, 1, OptionChecks.MAX_HORIZON);
    OptionChecks.atLeast(spec, "--lookback", lookback, 0);
  }
}
