package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Anchors;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.ChartTheme;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.assessment.Status;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * The small multiples of one region: a panel per benchmark with the value the benchmark judges over
 * time, its threshold and the as-of verdict.
 */
final class BenchmarkSmallMultiples {
  /**
   * Okabe-Ito colours for the verdict status, paired with shapes so colour is never the only cue.
   */
  static final List<String> STATUS_DOMAIN =
      List.of(Status.MET.label(), Status.NOT_MET.label(), Status.NO_DATA.label());

  static final List<String> STATUS_COLOURS = List.of("#009E73", "#D55E00", "#999999");
  static final List<String> STATUS_SHAPES = List.of("circle", "cross", "square");
  static final String LINE = "#0072B2";
  static final String RAW_LINE = "#8fb8d8";
  static final String THRESHOLD = "#D55E00";

  /**
   * Series kinds in the chart data: the benchmark's windowed value, the month's own indicator, the
   * threshold.
   */
  static final String VALUE = "value";

  static final String MONTH = "month";
  static final String THRESHOLD_KIND = "threshold";

  /** The name of the inline dataset of a region chart. */
  static final String DATASET = "series";

  private final ReportModel model;
  private final Illustrative illustrative;
  private final List<Benchmark> benchmarks;

  BenchmarkSmallMultiples(ReportModel model) {
    this.model = model;
    this.illustrative = Illustrative.of(model);
    this.benchmarks = List.copyOf(model.benchmarkSet().benchmarks().values());
  }

  /** The colours of {@link #verdictKeyHtml}'s markers. */
  static String verdictKeyCss() {
    StringBuilder css = new StringBuilder();
    for (int i = 0; i < STATUS_COLOURS.size(); i++) {
      css.append(".verdict-")
          .append(i)
          .append(" { color: ")
          .append(STATUS_COLOURS.get(i))
          .append("; }\n");
    }
    return css.toString();
  }

  /** The key to the verdict markers, as HTML: the same colours and shapes as the charts. */
  static String verdictKeyHtml() {
    String[] symbols = {"\u25CF", "\u271A", "\u25A0"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < STATUS_DOMAIN.size(); i++) {
      out.append(i == 0 ? "" : ", ")
          .append("<span class=\"verdict-")
          .append(i)
          .append("\">")
          .append(symbols[i])
          .append("</span> ")
          .append(Html.escape(STATUS_DOMAIN.get(i)));
    }
    return out.toString();
  }

  /** The panel title of a benchmark: its id, marked when its indicator is illustrative. */
  static String label(Benchmark b, Illustrative illustrative) {
    return b.id() + (illustrative.isIllustrative(b.indicator()) ? " (illustrative)" : "");
  }

  private String benchmarkLabel(Benchmark b) {
    return label(b, illustrative);
  }

  private List<String> indicators() {
    return benchmarks.stream().map(Benchmark::indicator).distinct().toList();
  }

  /**
   * One spec per region, faceted by benchmark. Each series is inlined as an array (one row per
   * benchmark and series kind: the windowed {@code value}, the raw {@code month} indicator when the
   * window is longer than a month, and the {@code threshold}) and flattened in the browser, which
   * keeps the page small; a value's month is rebuilt from its position. The values are a named
   * dataset ({@code datasets.series}) so that the page can compile the spec once for all regions.
   *
   * <p>Vega computes a scale extent per layer dataset and warns when one is empty, so layers that
   * encode y avoid filters that can leave nothing: the lines read every row (the threshold rows
   * keep the extent finite when a series has no data at all) and the as-of marker sits on the
   * threshold when the value is missing ("no data").
   */
  Chart chart(RegionId region) {
    int r = model.theater().indexOf(region);
    RegionAssessment ra = model.assessment().region(region).orElseThrow();
    Map<String, BenchmarkVerdict> verdicts = verdictsById(ra);
    MonthRange months = model.months();
    int shown = months.length();
    int asOf = months.offsetOf(model.asOf());

    // Region charts differ only in their dataset (the region name is in the heading above), so the
    // page compiles the Vega-Lite spec once and reuses it for every region.
    ObjectNode spec = VegaJson.object();
    illustrative
        .subtitle(indicators())
        .ifPresent(
            lines -> {
              ArrayNode rest = lines.deepCopy();
              rest.remove(0);
              spec.putObject("title")
                  .put("text", lines.get(0).asText())
                  .put("color", ChartTheme.WARN)
                  .put("fontSize", 12)
                  .set("subtitle", rest);
            });
    spec.putObject("data").put("name", DATASET);
    ArrayNode values = spec.putObject("datasets").putArray(DATASET);
    for (Benchmark b : benchmarks) {
      BenchmarkVerdict v = verdicts.get(b.id());
      double[] raw = model.panel().values(b.indicator())[r];
      ObjectNode value = values.addObject();
      value.put("b", benchmarkLabel(b));
      value.put("kind", VALUE);
      value.put("t", b.threshold());
      value.put("rule", b.rule());
      value.put("s", v.status().label());
      value.put("val", Format.number(v.value()));
      value.put("held", v.monthsHeld());
      value.put("why", v.explanation());
      value.set("y", series(b.window().apply(raw).clone(), shown));
      if (!b.window().isLastMonth()) {
        values
            .addObject()
            .put("b", benchmarkLabel(b))
            .put("kind", MONTH)
            .put("t", b.threshold())
            .set("y", series(raw, shown));
      }
      values
          .addObject()
          .put("b", benchmarkLabel(b))
          .put("kind", THRESHOLD_KIND)
          .put("t", b.threshold())
          .set("y", VegaJson.array().add(b.threshold()).add(b.threshold()));
    }
    ArrayNode transform = spec.putArray("transform");
    transform.addObject().set("flatten", VegaJson.strings(List.of("y")));
    ObjectNode window = transform.addObject();
    window.putArray("window").addObject().put("op", "row_number").put("as", "i");
    window.set("groupby", VegaJson.strings(List.of("b", "kind")));
    // the threshold's two points span the whole period; every other value sits at its month
    transform
        .addObject()
        .put(
            "calculate",
            "utc("
                + months.first().getYear()
                + ", "
                + (months.first().getMonthValue() - 1)
                + " + (datum.kind === '"
                + THRESHOLD_KIND
                + "' && datum.i === 2 ? "
                + (months.length() - 1)
                + " : datum.i - 1), 1)")
        .put("as", "d");
    transform
        .addObject()
        .put("calculate", "isValid(datum.y) ? datum.y : datum.t")
        .put("as", "marker");
    if (model.showsMonthsAfter()) {
      // the months after the as-of month are drawn as separate pale lines: not known at the time
      transform
          .addObject()
          .put("calculate", "datum.kind !== '" + THRESHOLD_KIND + "' && datum.i > " + (asOf + 1))
          .put("as", "after");
    }

    ObjectNode facet =
        spec.putObject("facet").put("field", "b").put("type", "nominal").putNull("title");
    facet.set("sort", VegaJson.strings(benchmarks.stream().map(this::benchmarkLabel).toList()));
    facet
        .putObject("header")
        .put("labelAnchor", "start")
        .put("labelFontWeight", "bold")
        .put("labelLimit", 220)
        .put("labelFontSize", 11);
    spec.put("columns", Math.min(4, benchmarks.size()));
    spec.putObject("resolve").putObject("scale").put("y", "independent");

    ObjectNode inner = spec.putObject("spec");
    inner.put("width", 180);
    inner.put("height", 90);
    ArrayNode layer = inner.putArray("layer");
    layer.add(lines(model.showsMonthsAfter()));
    String atAsOf = "datum.kind === '" + VALUE + "' && datum.i === " + (asOf + 1);
    ObjectNode asOfRule = layer.addObject();
    asOfRule.putArray("transform").addObject().put("filter", atAsOf);
    asOfRule
        .putObject("mark")
        .put("type", "rule")
        .put("color", "#555555")
        .set("strokeDash", VegaJson.array().add(2).add(2));
    asOfRule.putObject("encoding").set("x", timeAxis());
    layer.add(verdictPoint(atAsOf));
    return new Chart(Anchors.region(model.theater(), region) + "-benchmarks", spec);
  }

  /**
   * The windowed value (dark), for windowed benchmarks the month's own value (pale), and the
   * threshold (dashed) in one layer, styled by conditions rather than scales (a colour scale here
   * would clash with the verdicts'). One layer instead of three keeps the page fast to draw.
   */
  private static ObjectNode lines(boolean after) {
    ObjectNode line = VegaJson.object();
    line.putObject("mark").put("type", "line").putNull("invalid");
    ObjectNode enc = line.putObject("encoding");
    enc.set("x", timeAxis());
    enc.putObject("y").put("field", "y").put("type", "quantitative").putNull("title");
    if (after) {
      enc.putArray("detail")
          .add(VegaJson.object().put("field", "kind"))
          .add(VegaJson.object().put("field", "after"));
      enc.putObject("opacity")
          .put("value", 1)
          .putObject("condition")
          .put("test", "datum.after")
          .put("value", 0.3);
    } else {
      enc.putObject("detail").put("field", "kind");
    }
    String month = "datum.kind === '" + MONTH + "'";
    String threshold = "datum.kind === '" + THRESHOLD_KIND + "'";
    ObjectNode colour = enc.putObject("color").put("value", LINE);
    colour
        .putArray("condition")
        .add(VegaJson.object().put("test", month).put("value", RAW_LINE))
        .add(VegaJson.object().put("test", threshold).put("value", THRESHOLD));
    ObjectNode width = enc.putObject("strokeWidth").put("value", 1.8);
    width
        .putArray("condition")
        .add(VegaJson.object().put("test", month).put("value", 1))
        .add(VegaJson.object().put("test", threshold).put("value", 1.2));
    ObjectNode dash = enc.putObject("strokeDash");
    dash.set("value", VegaJson.array());
    dash.putObject("condition").put("test", threshold).set("value", VegaJson.array().add(5).add(3));
    return line;
  }

  /** The as-of verdict: colour and shape by status, with the explanation in the tooltip. */
  private ObjectNode verdictPoint(String atAsOf) {
    ObjectNode point = VegaJson.object();
    point.putArray("transform").addObject().put("filter", atAsOf);
    point
        .putObject("mark")
        .put("type", "point")
        .put("filled", true)
        .put("size", 60)
        .put("opacity", 1);
    ObjectNode enc = point.putObject("encoding");
    enc.set("x", timeAxis());
    enc.putObject("y").put("field", "marker").put("type", "quantitative");
    ObjectNode colour = enc.putObject("color").put("field", "s").put("type", "nominal");
    colour
        .putObject("scale")
        .<ObjectNode>set("domain", VegaJson.strings(STATUS_DOMAIN))
        .set("range", VegaJson.strings(STATUS_COLOURS));
    colour.putNull("legend"); // one key for all regions is in the section's introduction
    ObjectNode shape = enc.putObject("shape").put("field", "s").put("type", "nominal");
    shape
        .putObject("scale")
        .<ObjectNode>set("domain", VegaJson.strings(STATUS_DOMAIN))
        .set("range", VegaJson.strings(STATUS_SHAPES));
    shape.putNull("legend");
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "b").put("title", "Benchmark");
    tooltip.addObject().put("field", "rule").put("title", "Rule");
    tooltip.addObject().put("field", "val").put("title", "Value");
    tooltip.addObject().put("field", "s").put("title", "Verdict");
    tooltip.addObject().put("field", "held").put("title", "Months held");
    tooltip.addObject().put("field", "why").put("title", "Explanation");
    return point;
  }

  private static ObjectNode timeAxis() {
    ObjectNode x = VegaJson.object().put("field", "d").put("type", "temporal").putNull("title");
    x.putObject("scale").put("type", "utc");
    x.putObject("axis").put("format", "%Y").put("tickCount", 3).put("labelAngle", 0);
    return x;
  }

  /**
   * The first {@code months} values rounded to the precision the tables show; NaN as null so the
   * line breaks there.
   */
  private static ArrayNode series(double[] xs, int months) {
    ArrayNode a = VegaJson.array();
    for (int m = 0; m < months; m++) {
      double x = xs[m];
      if (Double.isFinite(x)) {
        a.add(Double.parseDouble(Format.number(x)));
      } else {
        a.addNull();
      }
    }
    return a;
  }

  private static Map<String, BenchmarkVerdict> verdictsById(RegionAssessment ra) {
    Map<String, BenchmarkVerdict> out = new HashMap<>();
    ra.conditions().forEach(c -> c.benchmarks().forEach(b -> out.put(b.benchmark().id(), b)));
    return out;
  }
}
