package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Anchors;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Benchmark;

/**
 * A choropleth of every region's stage as of the month, with a tooltip per region and the same
 * facts in a table.
 */
public final class StageMapSection implements ReportSection {
  public static final String ID = "map";

  private final ReportModel model;
  private final RegionShapes shapes;
  private final StageStyle style;
  private final Illustrative illustrative;

  public StageMapSection(ReportModel model, RegionShapes shapes) {
    if (shapes.size() != model.theater().size()) {
      throw new IllegalArgumentException(
          "region shapes are for "
              + shapes.size()
              + " regions, the theater has "
              + model.theater().size());
    }
    this.model = model;
    this.shapes = shapes;
    this.style = StageStyle.of(model.benchmarkSet().stages());
    this.illustrative = Illustrative.of(model);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Map of stages";
  }

  @Override
  public List<Chart> charts() {
    return List.of(chart());
  }

  /** The region's blocking conditions by name ("Threat, Governance"), or "" when none. */
  private String blockedBy(RegionAssessment r) {
    return r.blockedBy().stream()
        .map(id -> model.benchmarkSet().condition(id).name())
        .collect(Collectors.joining(", "));
  }

  private List<String> illustrativeInputs(RegionAssessment r) {
    List<String> out = new ArrayList<>();
    for (ConditionVerdict c : r.conditions()) {
      for (BenchmarkVerdict b : c.benchmarks()) {
        if (b.illustrative() && !out.contains(b.benchmark().indicator())) {
          out.add(b.benchmark().indicator());
        }
      }
    }
    return out;
  }

  Chart chart() {
    List<String> indicators =
        model.benchmarkSet().benchmarks().values().stream().map(Benchmark::indicator).toList();
    ObjectNode spec = VegaJson.object();
    spec.put("description", "Map of the stage of every region as of " + Format.month(model.asOf()));
    ObjectNode title = spec.putObject("title");
    title.put("text", "Stage of each region, " + Format.month(model.asOf()));
    illustrative.subtitle(indicators).ifPresent(s -> title.set("subtitle", s));
    spec.put("width", 520);
    spec.put("height", 480);
    spec.putObject("projection").put("type", "mercator");
    ArrayNode layer = spec.putArray("layer");

    boolean anyIllustrative = !illustrative.among(indicators).isEmpty();
    ObjectNode shapesLayer = layer.addObject();
    ArrayNode features = shapesLayer.putObject("data").putArray("values");
    ObjectNode labels = VegaJson.object();
    ArrayNode labelValues = labels.putObject("data").putArray("values");
    for (RegionAssessment r : model.assessment().regions()) {
      int i = model.theater().indexOf(r.region());
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.putObject("properties").put("name", r.region().name());
      f.set("geometry", shapes.geometry(i));
      f.put("region", r.region().name());
      f.put("stage", style.label(r.stageRank()));
      f.put("next", r.nextStage().map(StageStyle::label).orElse("none (last stage)"));
      String blocked = blockedBy(r);
      f.put("blocked", blocked.isEmpty() ? "nothing" : blocked);
      if (anyIllustrative) {
        List<String> ill = illustrativeInputs(r);
        f.put("illustrative", ill.isEmpty() ? "none" : String.join(", ", ill));
      }
      double[] p = shapes.labelPoint(i);
      ObjectNode l = labelValues.addObject();
      l.put("region", r.region().name());
      l.put("lon", p[0]);
      l.put("lat", p[1]);
      l.put("ink", style.textColour(r.stageRank()));
    }
    ObjectNode mark = shapesLayer.putObject("mark");
    mark.put("type", "geoshape").put("stroke", "#ffffff").put("strokeWidth", 1);
    ObjectNode enc = shapesLayer.putObject("encoding");
    ObjectNode colour = enc.putObject("color").put("field", "stage").put("type", "ordinal");
    colour.set("scale", style.scale());
    colour
        .putObject("legend")
        .put("title", "Stage")
        .put("orient", "bottom")
        .put("direction", "horizontal")
        .put("columns", 3)
        .put("symbolType", "square");
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "region").put("title", "Region");
    tooltip.addObject().put("field", "stage").put("title", "Stage");
    tooltip.addObject().put("field", "next").put("title", "Next stage");
    tooltip.addObject().put("field", "blocked").put("title", "Blocked by");
    if (anyIllustrative) {
      tooltip.addObject().put("field", "illustrative").put("title", "Illustrative inputs");
    }

    labels.putObject("mark").put("type", "text").put("fontSize", 10).put("fontWeight", 600);
    ObjectNode lenc = labels.putObject("encoding");
    lenc.putObject("longitude").put("field", "lon").put("type", "quantitative");
    lenc.putObject("latitude").put("field", "lat").put("type", "quantitative");
    lenc.putObject("text").put("field", "region").put("type", "nominal");
    lenc.putObject("color").put("field", "ink").put("type", "nominal").putNull("scale");
    layer.add(labels);
    return new Chart("map-stages", spec);
  }

  Table table() {
    List<String> indicators =
        model.benchmarkSet().benchmarks().values().stream().map(Benchmark::indicator).toList();
    Table.Builder t =
        Table.builder(
                "Stage of each region, " + Format.month(model.asOf()),
                "Region",
                "Stage",
                "Blocked by",
                "Explanation")
            .illustrative(illustrative.note(indicators));
    for (RegionAssessment r : model.assessment().regions()) {
      String blocked = blockedBy(r);
      t.row(
          Table.Cell.markup(
              "<a href=\"#"
                  + Anchors.region(model.theater(), r.region())
                  + "\">"
                  + Html.escape(r.region().name())
                  + "</a>"),
          Table.Cell.markup(style.chipHtml(r.stageRank())),
          Table.Cell.text(blocked.isEmpty() ? "\u2014" : blocked),
          Table.Cell.text(r.explanation()));
    }
    return t.build();
  }

  @Override
  public String css() {
    return style.css();
  }

  @Override
  public String bodyHtml() {
    return new Figure(
            chart(),
            "Map: the stage of each region; hover a region for its blocking conditions",
            table())
        .html();
  }
}
