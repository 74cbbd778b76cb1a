package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;

/**
 * Fan charts in small multiples: each region's last observed months of the forecast variable, then
 * the forecast's median and 10-90% band, with the last observed month marked.
 */
final class FanCharts {
  static final String CHART_ID = "forecast-fans";
  /** Observed months shown before the forecast: enough to see the trend the model continues. */
  static final int HISTORY_MONTHS = 24;

  private final Panel panel;
  private final Forecast forecast;
  private final Illustrative illustrative;
  private final double[][][] quantiles;

  FanCharts(ReportModel model, Forecast forecast) {
    this.panel = model.panel();
    this.forecast = forecast;
    this.illustrative = Illustrative.of(model);
    this.quantiles = forecast.quantiles(Forecast.STANDARD_LEVELS);
  }

  /** The last month the model saw: the month before the forecast's first. */
  YearMonth lastObserved() {
    return forecast.origin().minusMonths(1);
  }

  /** {@code [region][step][q10, q50, q90]}. */
  double[][][] quantiles() {
    return quantiles;
  }

  Chart chart() {
    String variable = forecast.variable();
    ObjectNode spec = VegaJson.object();
    spec.put("description", "Fan charts of " + variable + " per region: observed months, then the forecast median "
        + "and 10-90% band");
    ObjectNode title = spec.putObject("title");
    title.put("text", "Forecast of " + variable + " by region: median and 10\u201390% band after "
        + Format.month(lastObserved()));
    illustrative.subtitle(List.of(variable)).ifPresent(s -> title.set("subtitle", s));
    ArrayNode rows = spec.putObject("data").putArray("values");
    YearMonth first = lastObserved().minusMonths(HISTORY_MONTHS - 1);
    double[][] observed = panel.values(variable);
    for (int r = 0; r < forecast.regions().size(); r++) {
      RegionId region = forecast.regions().get(r);
      int row = panel.theater().indexOf(region);
      for (YearMonth m = first; !m.isAfter(lastObserved()); m = m.plusMonths(1)) {
        if (!panel.months().contains(m)) {
          continue;
        }
        double v = observed[row][panel.months().offsetOf(m)];
        ObjectNode o = rows.addObject().put("region", region.name()).put("month", VegaJson.date(m)).put("kind", "observed");
        if (Double.isNaN(v)) {
          o.putNull("value");
        } else {
          o.put("value", v);
        }
      }
      rows.addObject().put("region", region.name()).put("month", VegaJson.date(lastObserved())).put("kind", "asof");
      // the band starts at the last observation so the fan grows out of the line
      if (panel.months().contains(lastObserved()) && !Double.isNaN(observed[row][panel.months().offsetOf(lastObserved())])) {
        double v = observed[row][panel.months().offsetOf(lastObserved())];
        rows.addObject().put("region", region.name()).put("month", VegaJson.date(lastObserved())).put("kind", "forecast")
            .put("q10", v).put("q50", v).put("q90", v);
      }
      for (int s = 0; s < forecast.horizon(); s++) {
        rows.addObject().put("region", region.name()).put("month", VegaJson.date(forecast.months().monthAt(s)))
            .put("kind", "forecast").put("q10", quantiles[r][s][0]).put("q50", quantiles[r][s][1])
            .put("q90", quantiles[r][s][2]);
      }
    }
    ObjectNode facet = spec.putObject("facet").put("field", "region").put("type", "nominal").putNull("title");
    facet.putObject("header").put("labelAnchor", "start").put("labelFontWeight", "bold");
    spec.put("columns", 6);
    spec.putObject("resolve").putObject("scale").put("y", "independent");
    ObjectNode inner = spec.putObject("spec");
    inner.put("width", 150).put("height", 90);
    ArrayNode layer = inner.putArray("layer");

    ObjectNode band = layer.addObject();
    band.putArray("transform").addObject().put("filter", "datum.kind === 'forecast'");
    band.putObject("mark").put("type", "area").put("color", "#56b4e9").put("opacity", 0.45);
    ObjectNode be = band.putObject("encoding");
    xMonth(be);
    be.putObject("y").put("field", "q10").put("type", "quantitative").putNull("title");
    be.putObject("y2").put("field", "q90");
    ArrayNode tip = be.putArray("tooltip");
    tip.addObject().put("field", "region").put("title", "Region");
    tip.addObject().put("field", "month").put("type", "temporal").put("timeUnit", "yearmonth").put("title", "Month");
    tip.addObject().put("field", "q10").put("format", ".1f").put("title", "10%");
    tip.addObject().put("field", "q50").put("format", ".1f").put("title", "median");
    tip.addObject().put("field", "q90").put("format", ".1f").put("title", "90%");

    ObjectNode median = layer.addObject();
    median.putArray("transform").addObject().put("filter", "datum.kind === 'forecast'");
    median.putObject("mark").put("type", "line").put("color", "#0072b2").put("strokeWidth", 1.5)
        .set("strokeDash", VegaJson.array().add(4).add(2));
    ObjectNode me = median.putObject("encoding");
    xMonth(me);
    me.putObject("y").put("field", "q50").put("type", "quantitative").putNull("title");

    ObjectNode obs = layer.addObject();
    obs.putArray("transform").addObject().put("filter", "datum.kind === 'observed'");
    obs.putObject("mark").put("type", "line").put("color", "#1a1a1a").put("strokeWidth", 1.5);
    ObjectNode oe = obs.putObject("encoding");
    xMonth(oe);
    oe.putObject("y").put("field", "value").put("type", "quantitative").putNull("title");

    ObjectNode rule = layer.addObject();
    rule.putObject("mark").put("type", "rule").put("color", "#888888").set("strokeDash", VegaJson.array().add(2).add(2));
    ObjectNode re = rule.putObject("encoding");
    rule.putArray("transform").addObject().put("filter", "datum.kind === 'asof'");
    xMonth(re);
    return new Chart(CHART_ID, spec);
  }

  private static void xMonth(ObjectNode encoding) {
    encoding.putObject("x").put("field", "month").put("type", "temporal").putNull("title")
        .putObject("axis").put("format", "%Y").put("tickCount", 3);
  }

  Table table() {
    Table.Builder t = Table.builder("Forecast of " + forecast.variable() + " after " + Format.month(lastObserved())
            + ": 10%, 50% and 90% quantiles of " + forecast.paths().pathCount() + " sample paths",
        "Region", "Month", "10%", "Median", "90%").illustrative(illustrative.note(List.of(forecast.variable())));
    for (int r = 0; r < forecast.regions().size(); r++) {
      for (int s = 0; s < forecast.horizon(); s++) {
        t.row(Table.Cell.text(forecast.regions().get(r).name()), Table.Cell.text(Format.month(forecast.months().monthAt(s))),
            Table.Cell.number(quantiles[r][s][0]), Table.Cell.number(quantiles[r][s][1]),
            Table.Cell.number(quantiles[r][s][2]));
      }
    }
    return t.build();
  }
}
