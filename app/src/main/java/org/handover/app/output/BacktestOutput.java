package org.handover.app.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.HorizonScore;
import org.handover.engine.forecast.evaluation.Skill;
import org.handover.io.csv.SafeCsv;

/**
 * A backtest's scores per model and horizon: a table with the skill summary, and every score as a
 * CSV file.
 */
public final class BacktestOutput {
  private BacktestOutput() {}

  public static void table(BacktestResult r, PrintWriter w) {
    w = TerminalText.safe(w);
    w.printf(
        "Backtest of %s, origins %s to %s, %d paths, seed %d%n",
        r.variable(),
        r.options().firstOrigin(),
        r.options().lastOrigin(),
        r.options().paths(),
        r.options().seed());
    w.printf(
        "%-3s %-16s %8s %10s %10s %10s %10s %11s %11s %12s%n",
        "h",
        "model",
        "n",
        "CRPS",
        "MAE log1p",
        "MAE mean",
        "bias mean",
        "cover 80%",
        "PIT cov 80%",
        "nominal 80%");
    for (HorizonScore s : r.scores()) {
      w.printf(
          "%-3d %-16s %8d %10s %10s %10s %10s %11s %11s %12s%n",
          s.horizon(),
          s.model(),
          s.n(),
          Numbers.format(s.crps()),
          Numbers.format(s.maeLog1p()),
          Numbers.format(s.maeMean()),
          Numbers.format(s.biasMean()),
          Numbers.format(s.coverage80()),
          Numbers.format(s.pitCoverage80()),
          Numbers.format(s.nominalCoverage80()));
    }
    Skill k = r.skill();
    w.println();
    w.printf(
        "Skill of %s: CRPS %s%% lower than the best baseline, averaged over horizons 1-%d%n",
        k.model(), Numbers.format(100 * k.meanReduction()), r.options().maxHorizon());
    for (Skill.HorizonSkill h : k.perHorizon()) {
      w.printf(
          "  h=%d: %s vs %s %s (%s%%)%n",
          h.horizon(),
          Numbers.format(h.modelCrps()),
          h.bestBaseline(),
          Numbers.format(h.bestBaselineCrps()),
          Numbers.format(100 * h.reduction()));
    }
    w.println(
        "Mean: 'MAE mean' is the absolute error of the forecast's mean (what expected deaths are read"
            + " from), 'bias mean' its signed error (positive: too high); a far tail that CRPS barely"
            + " notices shows here.");
    w.println(
        "Coverage: 'cover 80%' counts outcomes inside [q10, q90]; with counts, ties on the bounds push it above 80% even "
            + "for a calibrated forecast ('nominal 80%' is what the model itself expects). 'PIT cov 80%' corrects for ties and is "
            + "80% when calibrated.");
    w.flush();
  }

  /** Every score (model, horizon, metrics) with the run's settings on each row. */
  public static void csv(BacktestResult r, Path file) throws IOException {
    try (SafeCsv csv = SafeCsv.to(file)) {
      csv.record(
          "variable",
          "model",
          "baseline",
          "horizon",
          "n",
          "crps",
          "mae_log1p",
          "mae_mean",
          "bias_mean",
          "coverage80",
          "pit_coverage80",
          "nominal_coverage80",
          "first_origin",
          "last_origin",
          "paths",
          "seed");
      for (HorizonScore s : r.scores()) {
        csv.record(
            r.variable(),
            s.model(),
            s.baseline(),
            s.horizon(),
            s.n(),
            s.crps(),
            s.maeLog1p(),
            s.maeMean(),
            s.biasMean(),
            s.coverage80(),
            s.pitCoverage80(),
            s.nominalCoverage80(),
            r.options().firstOrigin().toString(),
            r.options().lastOrigin().toString(),
            r.options().paths(),
            r.options().seed());
      }
    }
  }
}
