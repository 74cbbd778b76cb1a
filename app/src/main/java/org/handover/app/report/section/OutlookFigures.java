package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.RegionOutlook;
import org.handover.engine.theater.RegionId;

/**
 * The outlook: each region's chance of meeting every condition of its next stage by each month, as
 * small multiples of cumulative curves and as a table with the chances at 6 and 12 months and the
 * median month of readiness.
 */
final class OutlookFigures {
  static final String CHART_ID = "forecast-outlook";

  private final OutlookResult outlook;
  private final Illustrative illustrative;
  private final List<String> inputs;

  /**
   * @param inputs the variables the outlook judges (indicators and their inputs), for the
   *     illustrative label
   */
  OutlookFigures(ReportModel model, OutlookResult outlook, List<String> inputs) {
    this.outlook = outlook;
    this.illustrative = Illustrative.of(model);
    this.inputs = List.copyOf(inputs);
  }

  /** P(ready within {@code months}), NaN at the top of the ladder or past the horizon. */
  static double within(RegionOutlook r, int months) {
    return r.nextStage().isEmpty() || months > r.readyBy().length
        ? Double.NaN
        : r.readyWithin(months);
  }

  static String percent(double p) {
    return Double.isNaN(p) ? "\u2014" : Math.round(100 * p) + "%";
  }

  Chart chart() {
    return chart(outlook.regions().stream().map(RegionOutlook::region).toList(), 150, 70);
  }

  /**
   * The curve of one region alone, drawn larger (the web application's region page); a region at
   * the top of its ladder has none.
   */
  Optional<Chart> chart(RegionId region) {
    return outlook.regions().stream()
            .anyMatch(r -> r.region().equals(region) && r.nextStage().isPresent())
        ? Optional.of(chart(List.of(region), FanCharts.ONE_WIDTH, FanCharts.ONE_HEIGHT))
        : Optional.empty();
  }

  private Chart chart(List<RegionId> shown, int width, int height) {
    ObjectNode spec = VegaJson.object();
    spec.put(
        "description",
        "For each region, the probability that it meets all conditions of its next stage by "
            + "each month of the forecast horizon");
    ObjectNode title = spec.putObject("title");
    title.put(
        "text",
        "Chance of meeting the next stage's conditions, by month (from "
            + Format.month(outlook.origin())
            + ")");
    illustrative.subtitle(inputs).ifPresent(s -> title.set("subtitle", s));
    ArrayNode rows = spec.putObject("data").putArray("values");
    for (RegionOutlook r : outlook.regions()) {
      if (r.nextStage().isEmpty() || !shown.contains(r.region())) {
        continue;
      }
      double[] by = r.readyBy();
      String facetLabel = r.region().name() + " \u2192 " + StageStyle.label(r.nextStage().get());
      for (int k = 0; k < by.length; k++) {
        rows.addObject()
            .put("region", facetLabel)
            .put("month", VegaJson.date(outlook.months().monthAt(k)))
            .put("p", by[k]);
      }
    }
    ObjectNode facet =
        spec.putObject("facet").put("field", "region").put("type", "nominal").putNull("title");
    facet
        .putObject("header")
        .put("labelAnchor", "start")
        .put("labelFontWeight", "bold")
        .put("labelLimit", 160);
    spec.put("columns", 6);
    ObjectNode inner = spec.putObject("spec");
    inner.put("width", width).put("height", height);
    ArrayNode layer = inner.putArray("layer");
    ObjectNode area = layer.addObject();
    area.putObject("mark")
        .put("type", "area")
        .put("color", "#0072b2")
        .put("opacity", 0.15)
        .put("interpolate", "step-after");
    ObjectNode ae = area.putObject("encoding");
    x(ae);
    ae.putObject("y")
        .put("field", "p")
        .put("type", "quantitative")
        .put("title", "P(ready)")
        .putObject("scale")
        .set("domain", VegaJson.array().add(0).add(1));
    ((ObjectNode) ae.get("y")).putObject("axis").put("format", ".0%").put("tickCount", 3);
    ObjectNode line = layer.addObject();
    line.putObject("mark")
        .put("type", "line")
        .put("color", "#0072b2")
        .put("interpolate", "step-after")
        .put("point", true);
    ObjectNode le = line.putObject("encoding");
    x(le);
    le.putObject("y").put("field", "p").put("type", "quantitative");
    ArrayNode tip = le.putArray("tooltip");
    tip.addObject().put("field", "region").put("title", "Region");
    tip.addObject()
        .put("field", "month")
        .put("type", "temporal")
        .put("timeUnit", "yearmonth")
        .put("title", "By");
    tip.addObject().put("field", "p").put("format", ".0%").put("title", "P(ready)");
    return new Chart(CHART_ID, spec);
  }

  private static void x(ObjectNode encoding) {
    encoding
        .putObject("x")
        .put("field", "month")
        .put("type", "temporal")
        .putNull("title")
        .putObject("axis")
        .put("format", "%b %y")
        .put("tickCount", 3);
  }

  Table table() {
    return table(outlook.regions().stream().map(RegionOutlook::region).toList());
  }

  /** The chances of the regions {@code shown}. */
  Table table(List<RegionId> shown) {
    Table.Builder t =
        Table.builder(
                "Chance of meeting every condition of the next stage, from "
                    + Format.month(outlook.origin())
                    + " ("
                    + outlook.paths()
                    + " sample paths)",
                "Region",
                "Current stage",
                "Next stage",
                "P(ready within 6 months)",
                "P(ready within 12 months)",
                "Median month of readiness (80% interval)")
            .illustrative(illustrative.note(inputs));
    for (RegionOutlook r : outlook.regions()) {
      if (!shown.contains(r.region())) {
        continue;
      }
      boolean top = r.nextStage().isEmpty();
      t.row(
          Table.Cell.text(r.region().name()),
          Table.Cell.text(StageStyle.label(r.currentStage())),
          Table.Cell.text(top ? "none (last stage)" : StageStyle.label(r.nextStage().get())),
          Table.Cell.text(percent(within(r, 6))).withClass("num"),
          Table.Cell.text(percent(within(r, 12))).withClass("num"),
          Table.Cell.text(top ? "\u2014" : r.readiness().describe()));
    }
    return t.build();
  }
}
