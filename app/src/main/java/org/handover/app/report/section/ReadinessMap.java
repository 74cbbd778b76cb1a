package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.RegionOutlook;

/**
 * A choropleth of each region's chance of meeting its next stage's conditions within six months, on
 * a single-hue sequential scale (readable with any colour vision and in grey print). Regions
 * already at the last stage are grey and say so.
 */
final class ReadinessMap {
  static final String CHART_ID = "forecast-readiness-map";
  static final int MONTHS = 6;

  /** The Vega "blues" scheme turns dark past about this share: labels switch to white there. */
  private static final double DARK_FROM = 0.6;

  private final ReportModel model;
  private final RegionShapes shapes;
  private final OutlookResult outlook;
  private final Illustrative illustrative;
  private final List<String> inputs;

  ReadinessMap(ReportModel model, RegionShapes shapes, OutlookResult outlook, List<String> inputs) {
    this.model = model;
    this.shapes = shapes;
    this.outlook = outlook;
    this.illustrative = Illustrative.of(model);
    this.inputs = List.copyOf(inputs);
  }

  private int months() {
    return Math.min(MONTHS, outlook.months().length());
  }

  Chart chart() {
    ObjectNode spec = VegaJson.object();
    spec.put(
        "description",
        "Map of each region's probability of meeting its next stage's conditions within "
            + months()
            + " months of "
            + Format.month(outlook.origin()));
    ObjectNode title = spec.putObject("title");
    title.put("text", "Chance of readiness for the next stage within " + months() + " months");
    illustrative.subtitle(inputs).ifPresent(s -> title.set("subtitle", s));
    spec.put("width", 520);
    spec.put("height", 480);
    spec.putObject("projection").put("type", "mercator");
    ArrayNode features = VegaJson.array();
    ArrayNode labels = VegaJson.array();
    for (RegionOutlook r : outlook.regions()) {
      int i = model.theater().indexOf(r.region());
      double p = OutlookFigures.within(r, months());
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.putObject("properties").put("name", r.region().name());
      f.set("geometry", shapes.geometry(i));
      f.put("region", r.region().name());
      f.put("stage", StageStyle.label(r.currentStage()));
      f.put("next", r.nextStage().map(StageStyle::label).orElse("none (last stage)"));
      f.put("chance", OutlookFigures.percent(p));
      f.put("readiness", r.nextStage().isEmpty() ? "\u2014" : r.readiness().describe());
      if (Double.isNaN(p)) {
        f.putNull("p");
      } else {
        f.put("p", p);
      }
      double[] at = shapes.labelPoint(i);
      labels
          .addObject()
          .put("region", r.region().name())
          .put("lon", at[0])
          .put("lat", at[1])
          .put("ink", !Double.isNaN(p) && p >= DARK_FROM ? "#ffffff" : "#1a1a1a");
    }
    // the labels' ink is a literal colour (scale null); merged with the quantitative fill scale,
    // Vega-Lite 5.23 fails
    spec.putObject("resolve").putObject("scale").put("color", "independent");
    ArrayNode layer = spec.putArray("layer");
    // every region in grey first, so the last-stage regions (no probability) still show
    ObjectNode base = layer.addObject();
    base.putObject("data").set("values", features);
    base.putObject("mark")
        .put("type", "geoshape")
        .put("fill", "#d9d9d9")
        .put("stroke", "#ffffff")
        .put("strokeWidth", 1);
    base.putObject("encoding").set("tooltip", tooltip());

    ObjectNode shaded = layer.addObject();
    shaded.putObject("data").set("values", features);
    shaded.putArray("transform").addObject().put("filter", "isValid(datum.p)");
    shaded.putObject("mark").put("type", "geoshape").put("stroke", "#ffffff").put("strokeWidth", 1);
    ObjectNode enc = shaded.putObject("encoding");
    ObjectNode colour = enc.putObject("color").put("field", "p").put("type", "quantitative");
    colour.putObject("scale").put("scheme", "blues").set("domain", VegaJson.array().add(0).add(1));
    colour
        .putObject("legend")
        .put("title", "P(ready within " + months() + " months)")
        .put("format", ".0%")
        .put("orient", "bottom")
        .put("direction", "horizontal")
        .put("gradientLength", 240);
    enc.set("tooltip", tooltip());

    ObjectNode text = layer.addObject();
    text.putObject("data").set("values", labels);
    text.putObject("mark").put("type", "text").put("fontSize", 10).put("fontWeight", 600);
    ObjectNode te = text.putObject("encoding");
    te.putObject("longitude").put("field", "lon").put("type", "quantitative");
    te.putObject("latitude").put("field", "lat").put("type", "quantitative");
    te.putObject("text").put("field", "region").put("type", "nominal");
    te.putObject("color").put("field", "ink").put("type", "nominal").putNull("scale");
    return new Chart(CHART_ID, spec);
  }

  private ArrayNode tooltip() {
    ArrayNode tip = VegaJson.array();
    tip.addObject().put("field", "region").put("title", "Region");
    tip.addObject().put("field", "stage").put("title", "Stage");
    tip.addObject().put("field", "next").put("title", "Next stage");
    tip.addObject().put("field", "chance").put("title", "P(ready within " + months() + " months)");
    tip.addObject().put("field", "readiness").put("title", "Median month (80% interval)");
    return tip;
  }

  Table table() {
    Table.Builder t =
        Table.builder(
                "Chance of readiness for the next stage within "
                    + months()
                    + " months of "
                    + Format.month(outlook.origin()),
                "Region",
                "Next stage",
                "P(ready within " + months() + " months)")
            .illustrative(illustrative.note(inputs));
    for (RegionOutlook r : outlook.regions()) {
      t.row(
          Table.Cell.text(r.region().name()),
          Table.Cell.text(r.nextStage().map(StageStyle::label).orElse("none (last stage)")),
          Table.Cell.text(OutlookFigures.percent(OutlookFigures.within(r, months())))
              .withClass("num"));
    }
    return t.build();
  }
}
