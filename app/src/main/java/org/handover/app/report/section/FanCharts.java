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

  /** The size of a region's panel when it is drawn alone. */
  static final int ONE_WIDTH = 520;

  static final int ONE_HEIGHT = 200;

  /**
   * Everything of the spec after its data, the same for every forecast: one panel per region with
   * the 10-90% band, the median (dashed), the observed months and a rule at the last observed
   * month.
   */
  private static final ObjectNode PANELS =
      VegaJson.parse(
          """
      {"facet": {"field": "region", "type": "nominal", "title": null,
                 "header": {"labelAnchor": "start", "labelFontWeight": "bold"}},
       "columns": 6,
       "resolve": {"scale": {"y": "independent"}},
       "spec": {"width": 150, "height": 90, "layer": [
         {"transform": [{"filter": "datum.kind === 'forecast'"}],
          "mark": {"type": "area", "color": "#56b4e9", "opacity": 0.45},
          "encoding": {
            "x": {"field": "month", "type": "temporal", "title": null, "axis": {"format": "%Y", "tickCount": 3}},
            "y": {"field": "q10", "type": "quantitative", "title": null},
            "y2": {"field": "q90"},
            "tooltip": [
              {"field": "region", "title": "Region"},
              {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": "Month"},
              {"field": "q10", "format": ".1f", "title": "10%"},
              {"field": "q50", "format": ".1f", "title": "median"},
              {"field": "q90", "format": ".1f", "title": "90%"}]}},
         {"transform": [{"filter": "datum.kind === 'forecast'"}],
          "mark": {"type": "line", "color": "#0072b2", "strokeWidth": 1.5, "strokeDash": [4, 2]},
          "encoding": {
            "x": {"field": "month", "type": "temporal", "title": null, "axis": {"format": "%Y", "tickCount": 3}},
            "y": {"field": "q50", "type": "quantitative", "title": null}}},
         {"transform": [{"filter": "datum.kind === 'observed'"}],
          "mark": {"type": "line", "color": "#1a1a1a", "strokeWidth": 1.5},
          "encoding": {
            "x": {"field": "month", "type": "temporal", "title": null, "axis": {"format": "%Y", "tickCount": 3}},
            "y": {"field": "value", "type": "quantitative", "title": null}}},
         {"mark": {"type": "rule", "color": "#888888", "strokeDash": [2, 2]},
          "encoding": {
            "x": {"field": "month", "type": "temporal", "title": null, "axis": {"format": "%Y", "tickCount": 3}}},
          "transform": [{"filter": "datum.kind === 'asof'"}]}]}}
      """);

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
    return chart(forecast.regions(), PANELS);
  }

  /**
   * The fan chart of one region alone (the web application's region page): the same panel, drawn
   * larger.
   */
  Chart chart(RegionId region) {
    ObjectNode panels = PANELS.deepCopy();
    ((ObjectNode) panels.get("spec")).put("width", ONE_WIDTH).put("height", ONE_HEIGHT);
    return chart(List.of(region), panels);
  }

  private Chart chart(List<RegionId> shown, ObjectNode panels) {
    String variable = forecast.variable();
    ObjectNode spec = VegaJson.object();
    spec.put(
        "description",
        "Fan charts of "
            + variable
            + " per region: observed months, then the forecast median "
            + "and 10-90% band");
    ObjectNode title = spec.putObject("title");
    title.put(
        "text",
        "Forecast of "
            + variable
            + " by region: median and 10\u201390% band after "
            + Format.month(lastObserved()));
    illustrative.subtitle(List.of(variable)).ifPresent(s -> title.set("subtitle", s));
    spec.putObject("data").set("values", rows(shown));
    spec.setAll(panels.deepCopy());
    return new Chart(CHART_ID, spec);
  }

  /**
   * Per region: its last {@link #HISTORY_MONTHS} observed months, the as-of marker, then the
   * forecast quantiles.
   */
  private ArrayNode rows(List<RegionId> shown) {
    ArrayNode rows = VegaJson.array();
    String variable = forecast.variable();
    YearMonth first = lastObserved().minusMonths(HISTORY_MONTHS - 1);
    double[][] observed = panel.values(variable);
    for (int r = 0; r < forecast.regions().size(); r++) {
      RegionId region = forecast.regions().get(r);
      if (!shown.contains(region)) {
        continue;
      }
      int row = panel.theater().indexOf(region);
      for (YearMonth m = first; !m.isAfter(lastObserved()); m = m.plusMonths(1)) {
        if (!panel.months().contains(m)) {
          continue;
        }
        double v = observed[row][panel.months().offsetOf(m)];
        ObjectNode o =
            rows.addObject()
                .put("region", region.name())
                .put("month", VegaJson.date(m))
                .put("kind", "observed");
        if (Double.isNaN(v)) {
          o.putNull("value");
        } else {
          o.put("value", v);
        }
      }
      rows.addObject()
          .put("region", region.name())
          .put("month", VegaJson.date(lastObserved()))
          .put("kind", "asof");
      // the band starts at the last observation so the fan grows out of the line
      if (panel.months().contains(lastObserved())
          && !Double.isNaN(observed[row][panel.months().offsetOf(lastObserved())])) {
        double v = observed[row][panel.months().offsetOf(lastObserved())];
        rows.addObject()
            .put("region", region.name())
            .put("month", VegaJson.date(lastObserved()))
            .put("kind", "forecast")
            .put("q10", v)
            .put("q50", v)
            .put("q90", v);
      }
      for (int s = 0; s < forecast.horizon(); s++) {
        rows.addObject()
            .put("region", region.name())
            .put("month", VegaJson.date(forecast.months().monthAt(s)))
            .put("kind", "forecast")
            .put("q10", quantiles[r][s][0])
            .put("q50", quantiles[r][s][1])
            .put("q90", quantiles[r][s][2]);
      }
    }
    return rows;
  }

  Table table() {
    return table(forecast.regions());
  }

  /** The quantiles of the regions {@code shown}. */
  Table table(List<RegionId> shown) {
    Table.Builder t =
        Table.builder(
                "Forecast of "
                    + forecast.variable()
                    + " after "
                    + Format.month(lastObserved())
                    + ": 10%, 50% and 90% quantiles of "
                    + forecast.paths().pathCount()
                    + " sample paths",
                "Region",
                "Month",
                "10%",
                "Median",
                "90%")
            .illustrative(illustrative.note(List.of(forecast.variable())));
    for (int r = 0; r < forecast.regions().size(); r++) {
      if (!shown.contains(forecast.regions().get(r))) {
        continue;
      }
      for (int s = 0; s < forecast.horizon(); s++) {
        t.row(
            Table.Cell.text(forecast.regions().get(r).name()),
            Table.Cell.text(Format.month(forecast.months().monthAt(s))),
            Table.Cell.number(quantiles[r][s][0]),
            Table.Cell.number(quantiles[r][s][1]),
            Table.Cell.number(quantiles[r][s][2]));
      }
    }
    return t.build();
  }
}
