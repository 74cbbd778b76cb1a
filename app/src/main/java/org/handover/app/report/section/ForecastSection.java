package org.handover.app.report.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.RegionShapes;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.outlook.InputTreatment;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.RegionOutlook;
import org.handover.engine.theater.RegionId;

/**
 * Forecasts and outlook: fan charts of the forecast variable per region, each region's chance of
 * meeting its next stage's conditions by month, a map of that chance within six months, and (when a
 * backtest was run) the model's skill against naive baselines.
 */
public final class ForecastSection implements ReportSection {
  public static final String ID = "forecast";

  private final ReportModel model;
  private final Forecast forecast;
  private final OutlookResult outlook;
  private final Optional<BacktestResult> backtest;
  private final String howToBacktest;
  private final Illustrative illustrative;
  private final List<String> outlookInputs;
  private final FanCharts fans;
  private final OutlookFigures curves;
  private final ReadinessMap map;
  private final Optional<SkillFigure> skill;

  /**
   * @param howToBacktest shown instead of the skill table when there is no backtest (how to get
   *     one)
   */
  public ForecastSection(
      ReportModel model,
      RegionShapes shapes,
      Forecast forecast,
      OutlookResult outlook,
      Optional<BacktestResult> backtest,
      String howToBacktest) {
    this.model = Objects.requireNonNull(model, "model");
    this.forecast = Objects.requireNonNull(forecast, "forecast");
    this.outlook = Objects.requireNonNull(outlook, "outlook");
    this.backtest = Objects.requireNonNull(backtest, "backtest");
    this.howToBacktest = Objects.requireNonNull(howToBacktest, "howToBacktest");
    List<RegionId> regions = model.theater().regions().stream().map(r -> r.id()).toList();
    if (!forecast.regions().equals(regions)
        || !outlook.regions().stream().map(RegionOutlook::region).toList().equals(regions)) {
      throw new IllegalArgumentException(
          "the forecast and the outlook must cover the report's regions, in order");
    }
    if (!forecast.origin().equals(outlook.origin())) {
      throw new IllegalArgumentException(
          "the forecast starts "
              + forecast.origin()
              + ", the outlook "
              + outlook.origin()
              + ": they must share an origin");
    }
    if (!model.panel().has(forecast.variable())) {
      throw new IllegalArgumentException(
          "the report's data have no '" + forecast.variable() + "' to show as history");
    }
    this.illustrative = Illustrative.of(model);
    Set<String> inputs = new LinkedHashSet<>();
    model.benchmarkSet().benchmarks().values().stream()
        .map(Benchmark::indicator)
        .forEach(inputs::add);
    outlook.inputs().forEach(i -> inputs.add(i.variable()));
    this.outlookInputs = List.copyOf(inputs);
    this.fans = new FanCharts(model, forecast);
    this.curves = new OutlookFigures(model, outlook, outlookInputs);
    this.map = new ReadinessMap(model, shapes, outlook, outlookInputs);
    this.skill = backtest.map(SkillFigure::new);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Forecasts and outlook";
  }

  FanCharts fans() {
    return fans;
  }

  OutlookFigures curves() {
    return curves;
  }

  ReadinessMap map() {
    return map;
  }

  Optional<SkillFigure> skill() {
    return skill;
  }

  @Override
  public List<Chart> charts() {
    List<Chart> out = new ArrayList<>(List.of(fans.chart(), curves.chart(), map.chart()));
    skill.ifPresent(s -> out.add(s.chart()));
    return out;
  }

  /**
   * How one input is continued past the origin: the engine's own note, or its kind when it has
   * none.
   */
  static String treatment(InputTreatment i) {
    if (!i.note().isBlank()) {
      return i.note();
    }
    return switch (i.kind()) {
      case FORECAST -> "forecast: each sample path draws its own future";
      case CARRIED_FORWARD -> "the last value before the origin stays";
      case SCHEDULED ->
          "scheduled values (" + i.scheduledMonths() + " region-months), gaps carried forward";
      case CONSTANT -> "constant (a region attribute)";
    };
  }

  /**
   * One region's part (the web application's region page): the method, then the region's fan chart
   * and outlook curve with their tables, as in the report. A region at the top of its ladder has no
   * outlook curve.
   */
  public ReportSection region(RegionId region) {
    List<RegionId> one = List.of(region);
    List<Chart> charts = new ArrayList<>(List.of(fans.chart(region)));
    StringBuilder h = new StringBuilder(methodHtml());
    h.append(
        new Figure(
                charts.get(0),
                "Fan chart: observed "
                    + forecast.variable()
                    + ", then the forecast median and 10-90% band, for "
                    + region.name(),
                fans.table(one))
            .htmlWithFoldedTable("Quantiles by month"));
    Optional<Chart> curve = curves.chart(region);
    if (curve.isPresent()) {
      charts.add(curve.get());
      h.append(
          new Figure(
                  curve.get(),
                  "Outlook curve: chance of meeting the next stage's conditions by each month, for "
                      + region.name(),
                  curves.table(one))
              .html());
    } else {
      h.append("<p data-forecast=\"top-stage\">")
          .append(Html.escape(region.name()))
          .append(" is at the last stage: there is no next stage to reach.</p>\n");
    }
    return new SectionPart(ID, title(), charts, h.toString(), css());
  }

  @Override
  public String bodyHtml() {
    StringBuilder h = new StringBuilder(methodHtml());
    h.append("<h3>Fan charts</h3>\n");
    h.append(
        new Figure(
                fans.chart(),
                "Fan charts: observed "
                    + forecast.variable()
                    + ", then the forecast median and "
                    + "10-90% band, per region",
                fans.table())
            .htmlWithFoldedTable("Quantiles by region and month"));
    h.append("<h3>Outlook</h3>\n");
    h.append(
        new Figure(
                curves.chart(),
                "Outlook curves: chance of meeting the next stage's conditions by each month",
                curves.table())
            .htmlWithFoldedTable("Outlook by region"));
    h.append(
        new Figure(
                map.chart(),
                "Map: chance of readiness for the next stage within "
                    + ReadinessMap.MONTHS
                    + " months",
                map.table())
            .html());
    h.append("<h3>Backtest</h3>\n");
    if (skill.isPresent()) {
      h.append(
          new Figure(
                  skill.get().chart(),
                  "Mean CRPS by horizon, model and baselines",
                  skill.get().table())
              .html());
      h.append(skill.get().noteHtml());
    } else {
      h.append("<p data-forecast=\"no-backtest\">No backtest in this report. ")
          .append(Html.escape(howToBacktest))
          .append("</p>\n");
    }
    return h.toString();
  }

  /** How the forecast and the outlook were made, and how each input is continued. */
  private String methodHtml() {
    StringBuilder h = new StringBuilder();
    h.append("<p data-forecast=\"method\">Forecasts of <strong>")
        .append(Html.escape(forecast.variable()))
        .append("</strong> from <strong>")
        .append(Html.escape(Format.month(forecast.origin())))
        .append("</strong> to ")
        .append(Html.escape(Format.month(forecast.months().last())))
        .append(" (")
        .append(forecast.horizon())
        .append(" months) by the ")
        .append(Html.escape(forecast.modelName()))
        .append(" model, fitted on ")
        .append(Html.escape(Format.month(forecast.history().first())))
        .append(" to ")
        .append(Html.escape(Format.month(forecast.history().last())))
        .append(": ")
        .append(forecast.paths().pathCount())
        .append(" sample paths, seed ")
        .append(forecast.seed())
        .append(" (the same data and seed give the same numbers). The outlook runs benchmark set ")
        .append(Html.escape(outlook.benchmarkSetName() + " " + outlook.benchmarkSetVersion()))
        .append(" over ")
        .append(outlook.paths())
        .append(" paths (seed ")
        .append(outlook.seed())
        .append(
            ") and asks, for each region, whether it meets every condition of its next stage.</p>\n");
    h.append("<p>Only ")
        .append(Html.escape(outlook.variable()))
        .append(
            " is forecast; every input is continued "
                + "past the origin as follows (indicators are recomputed from them on every path):</p>\n<ul data-forecast=\"inputs\">");
    for (InputTreatment i : outlook.inputs()) {
      h.append("<li><code>")
          .append(Html.escape(i.variable()))
          .append("</code>: ")
          .append(Html.escape(treatment(i)))
          .append(
              illustrative.isIllustrative(i.variable())
                  ? " <span class=\"illustrative-note\">(illustrative)</span>"
                  : "")
          .append("</li>");
    }
    h.append("</ul>\n");
    List<String> ill = illustrative.among(outlookInputs);
    if (!ill.isEmpty()) {
      h.append("<p class=\"notice illustrative-note\">")
          .append(Html.escape(Illustrative.LABEL))
          .append(": the outlook judges illustrative inputs (")
          .append(Html.escape(String.join(", ", ill)))
          .append("), so its probabilities are only as good as those inputs.</p>\n");
    }
    return h.toString();
  }
}
