package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.HorizonScore;
import org.handover.engine.forecast.evaluation.Skill;

/**
 * The backtest's skill: per horizon, the model's CRPS against the best naive baseline, and the
 * coverage of its 80% intervals; with a chart of every forecaster's CRPS by horizon.
 */
final class SkillFigure {
  static final String CHART_ID = "forecast-crps";

  /**
   * Okabe-Ito colours: distinguishable with any colour vision; the model first, in the strongest.
   */
  private static final List<String> PALETTE =
      List.of(
          "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000");

  private final BacktestResult backtest;

  SkillFigure(BacktestResult backtest) {
    this.backtest = backtest;
  }

  /** The forecasters in the scores, the model first. */
  List<String> forecasters() {
    String model = backtest.skill().model();
    List<String> all = backtest.scores().stream().map(HorizonScore::model).distinct().toList();
    return Stream.concat(
            all.stream().filter(model::equals), all.stream().filter(m -> !m.equals(model)))
        .toList();
  }

  Chart chart() {
    ObjectNode spec = VegaJson.object();
    spec.put(
        "description",
        "Mean CRPS by forecast horizon for the model and each naive baseline (lower is better)");
    spec.putObject("title").put("text", "Backtest: mean CRPS by horizon (lower is better)");
    spec.put("width", 320).put("height", 220);
    ArrayNode rows = spec.putObject("data").putArray("values");
    for (HorizonScore s : backtest.scores()) {
      rows.addObject()
          .put("forecaster", s.model())
          .put("horizon", s.horizon())
          .put("crps", s.crps())
          .put("n", s.n());
    }
    spec.putObject("mark").put("type", "line").put("point", true);
    ObjectNode enc = spec.putObject("encoding");
    enc.putObject("x")
        .put("field", "horizon")
        .put("type", "ordinal")
        .put("title", "Horizon (months ahead)")
        .putObject("axis")
        .put("labelAngle", 0);
    enc.putObject("y")
        .put("field", "crps")
        .put("type", "quantitative")
        .put("title", "Mean CRPS (" + backtest.variable() + ")");
    List<String> names = forecasters();
    ObjectNode colour = enc.putObject("color").put("field", "forecaster").put("type", "nominal");
    colour.putObject("scale").set("domain", VegaJson.strings(names));
    ((ObjectNode) colour.get("scale"))
        .set("range", VegaJson.strings(PALETTE.subList(0, Math.min(names.size(), PALETTE.size()))));
    colour.putObject("legend").put("title", "Forecaster").put("orient", "bottom").put("columns", 2);
    ArrayNode tip = enc.putArray("tooltip");
    tip.addObject().put("field", "forecaster").put("title", "Forecaster");
    tip.addObject().put("field", "horizon").put("title", "Horizon");
    tip.addObject().put("field", "crps").put("format", ".3f").put("title", "Mean CRPS");
    tip.addObject().put("field", "n").put("title", "Region-months scored");
    return new Chart(CHART_ID, spec);
  }

  Table table() {
    Skill skill = backtest.skill();
    Table.Builder t =
        Table.builder(
            "Skill of "
                + skill.model()
                + " by horizon, origins "
                + backtest.options().firstOrigin()
                + " to "
                + backtest.options().lastOrigin()
                + "; mean reduction "
                + signedPercent(skill.meanReduction()),
            "Horizon",
            "Model CRPS",
            "Best baseline (CRPS)",
            "Reduction",
            "Error of the mean",
            "Bias of the mean",
            "80% coverage",
            "Expected (ties)",
            "PIT coverage");
    for (Skill.HorizonSkill h : skill.perHorizon()) {
      HorizonScore m = backtest.score(skill.model(), h.horizon());
      t.row(
          Table.Cell.count(h.horizon()),
          Table.Cell.number(h.modelCrps()),
          Table.Cell.text(h.bestBaseline() + " (" + Format.number(h.bestBaselineCrps()) + ")"),
          Table.Cell.text(signedPercent(h.reduction())).withClass("num"),
          Table.Cell.number(m.maeMean()),
          Table.Cell.number(m.biasMean()),
          Table.Cell.text(OutlookFigures.percent(m.coverage80())).withClass("num"),
          Table.Cell.text(OutlookFigures.percent(m.nominalCoverage80())).withClass("num"),
          Table.Cell.text(OutlookFigures.percent(m.pitCoverage80())).withClass("num"));
    }
    return t.build();
  }

  static String signedPercent(double x) {
    return Double.isNaN(x)
        ? "\u2014"
        : (x < 0 ? "\u2212" : "") + Math.abs(Math.round(100 * x)) + "%";
  }

  /** What the coverages mean for counts, so a reader does not judge 0.9 against 0.8. */
  String noteHtml() {
    return "<p class=\"note\">Reduction is how much lower the model's CRPS is than the best baseline's at that "
        + "horizon (a negative reduction means the model did worse). The error of the mean is the mean absolute "
        + "difference between the forecast's mean (what expected deaths are read from) and the observed month, its "
        + "bias the signed difference (positive: too high): a far tail that the CRPS barely notices shows there. Coverage is the share of observed months "
        + "inside the model's 10\u201390% interval, bounds included; expected is the share the model itself puts inside it. For counts it is not judged against 80%: "
        + "where outcomes bunch on a few values (a quiet region's interval [0, 0] covers every zero) even a "
        + "perfectly calibrated forecast covers more, so compare it with the expected column. The PIT coverage (randomised probability integral transform, Czado, Gneiting and Held "
        + "2009) removes that bias from ties: it is 80% for a calibrated forecast, below 80% when the intervals "
        + "are too narrow and above when they are too wide.</p>\n";
  }
}
