package org.handover.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handover.app.report.GenerationTime;
import org.handover.app.report.Progress;
import org.handover.app.report.ReportWriter;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.section.ForecastSection;
import org.handover.app.report.section.PlanSection;
import org.handover.app.report.section.ScenarioSection;
import org.handover.app.workspace.Decisions;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.PlanRun;
import org.handover.app.workspace.ScenarioRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.plan.PlanSolver;
import org.handover.engine.plan.SolveOptions;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.scenario.Assumptions;
import org.handover.engine.scenario.Comparison;
import org.handover.engine.scenario.Scenario;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes the self-contained HTML report of the whole transition as of a month. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write one self-contained HTML page (opens offline) showing the whole transition as of a month.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "report.html",
      description = "Where to write it (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--horizon",
      paramLabel = "MONTHS",
      defaultValue = "" + ForecastRun.FORECAST_HORIZON,
      description = "Months forecast after the report month (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Mixin ForecastOptions forecast;

  @Mixin ForceOption force;

  /** The backtest window: both months or neither (picocli says which one is missing). */
  static final class BacktestWindow {
    @Option(
        names = "--backtest-from",
        required = true,
        paramLabel = "YYYY-MM",
        description =
            "First backtest origin; with --backtest-to, adds the forecast's skill (horizons 1-"
                + BACKTEST_HORIZONS
                + ").")
    YearMonth from;

    @Option(
        names = "--backtest-to",
        required = true,
        paramLabel = "YYYY-MM",
        description = "Last backtest origin (with --backtest-from).")
    YearMonth to;
  }

  @ArgGroup(exclusive = false)
  BacktestWindow backtest;

  @Option(
      names = "--show-after",
      description =
          "Also show the months after --as-of (what happened next), greyed and marked as not known"
              + " at the time. By default every section stops at the --as-of month.")
  boolean showAfter;

  @Option(
      names = "--plan",
      description =
          "Add the transition plan section: each region's month chosen by the planner from"
              + " --as-of over 36 months (as handover plan does; docs/planning.md), tranches as a"
              + " Gantt chart, the posture by role, what binds each region.")
  boolean plan;

  @Option(
      names = "--constraints",
      paramLabel = "FILE",
      description = "With --plan: the constraints file (default: the built-in Iraq one).")
  Path planConstraints;

  @Option(
      names = "--scenarios",
      description =
          "Add the policy scenarios section: the built-in policies compared from --as-of over"
              + " 36 months (as handover compare does; docs/scenarios.md).")
  boolean scenarios;

  @Option(
      names = "--sensitivity",
      description =
          "With --scenarios: also the sensitivity of the policies' ranking to each assumption"
              + " (200 paths per run; it takes several times as long as the comparison).")
  boolean sensitivity;

  @Option(names = "--no-forecast", description = "Leave out the forecasts and outlook section.")
  boolean noForecast;

  static final int BACKTEST_HORIZONS = 6;

  /** Sample paths per run of the report's sensitivity analysis. */
  static final int SENSITIVITY_PATHS = 200;

  @Override
  public Integer call() throws Exception {
    checkOptions();
    Instant generatedAt = GenerationTime.of(System.getenv(), Clock.systemUTC());
    try (Store s = store.open(spec.commandLine().getErr())) {
      // a report written before is renewed; any other existing file needs --force
      OutputGuard guard = store.outputs(s, force).replacingOwn(ReportWriter::wrote);
      guard.check(out);
      Workspace ws = store.workspace(s);
      YearMonth month = asOf.month(ws);
      String boundaries = new TheaterReader(s).boundaries(ws.theaterName());
      Optional<Forecasts> forecasts =
          noForecast ? Optional.empty() : Optional.of(forecasts(s, ws, month));
      // the forecast's seed and method notes go into the provenance footer with the rest
      Provenance provenance =
          forecasts
              .map(f -> f.outlook().provenance(f.forecast().provenance(ws.provenance())))
              .orElse(ws.provenance());
      ReportModel model =
          new ReportModel(
                  ws.evaluation().withProvenance(provenance),
                  month,
                  boundaries,
                  generatedAt,
                  ws.ledger(),
                  Decisions.sources(new TheaterReader(s), ws.theaterName()))
              .withShowAfter(showAfter);
      ReportWriter writer = ReportWriter.standard(model);
      if (forecasts.isPresent()) {
        Forecasts f = forecasts.get();
        writer =
            writer.with(
                new ForecastSection(
                    model,
                    RegionShapes.of(model.boundaries(), model.theater()),
                    f.forecast(),
                    f.outlook(),
                    f.backtest(),
                    "Run the report with --backtest-from YYYY-MM --backtest-to YYYY-MM "
                        + "to add the model's skill against naive baselines (rolling origins, horizons 1-"
                        + BACKTEST_HORIZONS
                        + "), or see the backtest command."));
      }
      if (scenarios) {
        Scenario scenario =
            ScenarioRun.build(
                ws,
                forecast.run(s, ws),
                ScenarioRun.builtInPosture(),
                month,
                ForecastRun.OUTLOOK_HORIZON,
                ForecastRun.DEFAULT_LOOKBACK);
        int threads = Parallelism.defaultThreads();
        Comparison c =
            Comparison.run(
                scenario,
                ScenarioRun.read(ScenarioRun.builtInPolicyFiles()),
                Assumptions.defaults(),
                forecast.paths,
                forecast.seed,
                threads);
        if (sensitivity) {
          c = c.withSensitivity(scenario, SENSITIVITY_PATHS, forecast.seed, threads);
        }
        writer = writer.with(new ScenarioSection(c, scenario.inputs().posture()));
      }
      if (plan) {
        Path file = planConstraints != null ? planConstraints : PlanRun.builtInConstraints();
        PlanRun run =
            PlanRun.build(
                ws,
                new org.handover.io.store.TheaterReader(s),
                forecast.run(s, ws),
                file,
                ScenarioRun.builtInPosture(),
                month,
                ForecastRun.OUTLOOK_HORIZON,
                forecast.paths,
                forecast.seed,
                ForecastRun.DEFAULT_LOOKBACK);
        writer =
            writer.with(
                new PlanSection(
                    PlanSolver.solve(run.problem(), SolveOptions.of(forecast.seed)),
                    run.posture().method()));
      }
      try (Progress progress = Progress.start("Writing report", writer.steps())) {
        ReportWriter page = writer;
        guard.write(out, file -> page.write(file, progress));
      }
      spec.commandLine()
          .getOut()
          .println("wrote " + out.toAbsolutePath() + ": open it in a browser (it works offline)");
    }
    return 0;
  }

  private record Forecasts(
      Forecast forecast, OutlookResult outlook, Optional<BacktestResult> backtest) {}

  private void checkOptions() {
    OptionChecks.between(spec, "--horizon", horizon, 1, OptionChecks.MAX_HORIZON);
    OptionChecks.between(spec, "--paths", forecast.paths, 1, OptionChecks.MAX_PATHS);
    if (backtest != null) {
      OptionChecks.inOrder(spec, "--backtest-from", backtest.from, "--backtest-to", backtest.to);
    }
    if (planConstraints != null && !plan) {
      throw new ParameterException(spec.commandLine(), "--constraints needs --plan");
    }
    if (sensitivity && !scenarios) {
      throw new ParameterException(spec.commandLine(), "--sensitivity needs --scenarios");
    }
  }

  private Forecasts forecasts(Store s, Workspace ws, YearMonth month) {
    ForecastRun run = forecast.run(s, ws);
    int paths = forecast.paths;
    long seed = forecast.seed;
    Forecast f = run.forecast(month, horizon, paths, seed);
    OutlookResult outlook = run.outlook(month, horizon, paths, seed, ForecastRun.DEFAULT_LOOKBACK);
    Optional<BacktestResult> skill =
        backtest == null
            ? Optional.empty()
            : Optional.of(run.backtest(backtest.from, backtest.to, BACKTEST_HORIZONS, paths, seed));
    return new Forecasts(f, outlook, skill);
  }
}
