package org.handover.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.handover.app.output.BacktestOutput;
import org.handover.app.workspace.Workspace;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Rolling-origin evaluation of the forecast model against naive baselines. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description =
        "Rolling-origin backtest: for each origin month, refit only on earlier data, forecast horizons 1..H and "
            + "score against what happened: CRPS, MAE on log1p and 80%% interval coverage, for the model and the baselines "
            + "zero, no-change and rolling 12-month mean.")
final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM",
      description = "First origin (first month forecast).")
  YearMonth from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "Last origin.")
  YearMonth to;

  @Option(
      names = "--horizons",
      defaultValue = "1-6",
      paramLabel = "1-H",
      description = "Horizons to score (default: ${DEFAULT-VALUE}).")
  String horizons;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write every score (model, horizon, metrics) as CSV.")
  Path out;

  @Mixin ForceOption force;

  @Override
  public Integer call() throws IOException {
    if (!horizons.matches("1-[1-9]\\d*")) {
      throw new ParameterException(
          spec.commandLine(), "--horizons takes 1-H (e.g. 1-6), not '" + horizons + "'");
    }
    int maxHorizon;
    try {
      maxHorizon = Integer.parseInt(horizons.substring(2));
    } catch (NumberFormatException e) {
      maxHorizon = Integer.MAX_VALUE;
    }
    OptionChecks.between(spec, "--horizons 1-H: H", maxHorizon, 1, OptionChecks.MAX_HORIZON);
    OptionChecks.inOrder(spec, "--from", from, "--to", to);
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, force);
      if (out != null) {
        guard.check(out);
      }
      Workspace ws = store.workspace(s);
      BacktestResult result =
          forecast.run(s, ws).backtest(from, to, maxHorizon, forecast.paths, forecast.seed);
      BacktestOutput.table(result, spec.commandLine().getOut());
      if (out != null) {
        guard.write(out, file -> BacktestOutput.csv(result, file));
        spec.commandLine().getOut().println("wrote " + out);
      }
    }
    return 0;
  }
}
