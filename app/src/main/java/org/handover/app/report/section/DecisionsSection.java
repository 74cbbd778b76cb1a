package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.DecisionComparison;
import org.handover.engine.decision.Hysteresis;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.decision.RegionComparison;
import org.handover.engine.theater.Region;
import org.handover.engine.time.MonthRange;

/**
 * Recommendations and decisions for the highest stage the ledger decides: per region the months its
 * conditions were met, the spans it was recommended (the benchmark set's hysteresis on the track
 * alone, as {@code handover decisions compare} measures it) and the decisions, as known in the
 * as-of month. Nothing after the as-of month is shown: the recommendations are drawn from the
 * months up to it (the hysteresis looks only backwards, so they are those of the whole data) and
 * later decisions are left out.
 */
public final class DecisionsSection implements ReportSection {
  public static final String ID = "decisions";

  /** A region's consecutive months in some state; {@code last} inclusive. */
  record Span(String region, YearMonth first, YearMonth last) {}

  /** A decision marker: superseded ones are drawn apart from the ones that count. */
  record Marker(String region, LedgerEntry entry, boolean superseded) {}

  /** Regions sharing one effective date and decider are "decided together" from this many on. */
  static final int TOGETHER = 3;

  private final ReportModel model;
  private final Ledger ledger;
  private final Illustrative illustrative;
  private final Optional<Stage> stage;
  private final MonthRange months;
  private final List<Span> met = new ArrayList<>();
  private final List<Span> recommended = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private final List<String> order;
  private final DecisionComparison comparison;

  public DecisionsSection(ReportModel model) {
    this.model = model;
    this.ledger = model.decisionsAsOf();
    this.illustrative = Illustrative.of(model);
    this.months = MonthRange.of(model.panel().months().first(), model.asOf());
    List<Stage> stages = model.benchmarkSet().stages();
    int target = -1;
    for (LedgerEntry e : ledger.effective()) {
      if (e.wholeRegion()) {
        for (int k = 0; k < stages.size(); k++) {
          if (stages.get(k).id().equals(e.toStage())) {
            target = Math.max(target, k);
          }
        }
      }
    }
    this.stage = target < 0 ? Optional.empty() : Optional.of(stages.get(target));
    List<Region> regions = model.theater().regions();
    if (stage.isEmpty()) {
      this.order = List.of();
      this.comparison = null;
      return;
    }
    int[][] metRanks = model.evaluation().metRanks();
    for (int r = 0; r < metRanks.length; r++) {
      metRanks[r] = Arrays.copyOf(metRanks[r], months.length());
    }
    Recommendations recs = Hysteresis.of(stages).recommend(months, metRanks);
    this.comparison = DecisionComparison.of(recs, ledger, model.theater(), stage.get().id());
    for (int r = 0; r < regions.size(); r++) {
      String name = regions.get(r).name();
      int[] track = recs.recommendedTrack(r);
      spans(name, track, target, recommended);
      spans(name, metRanks[r], target, met);
    }
    String id = stage.get().id();
    for (LedgerEntry e : ledger.entries()) {
      if (e.wholeRegion() && e.toStage().equals(id)) {
        markers.add(new Marker(e.region().name(), e, ledger.supersededBy(e.id()).isPresent()));
      }
    }
    // decided regions by decision date, then the others by first month recommended, then by name
    Map<String, RegionComparison> decided = decided();
    Map<String, YearMonth> firstRecommended = new LinkedHashMap<>();
    recommended.forEach(s -> firstRecommended.putIfAbsent(s.region(), s.first()));
    YearMonth never = months.last().plusMonths(1);
    this.order =
        regions.stream()
            .map(Region::name)
            .sorted(
                Comparator.<String, YearMonth>comparing(
                        n -> decided.containsKey(n) ? decided.get(n).effective() : never)
                    .thenComparing(n -> firstRecommended.getOrDefault(n, never))
                    .thenComparing(n -> n))
            .toList();
  }

  private void spans(String region, int[] ranks, int target, List<Span> out) {
    int start = -1;
    for (int m = 0; m <= ranks.length; m++) {
      boolean in = m < ranks.length && ranks[m] >= target;
      if (in && start < 0) {
        start = m;
      } else if (!in && start >= 0) {
        out.add(new Span(region, months.monthAt(start), months.monthAt(m - 1)));
        start = -1;
      }
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Recommendations and decisions";
  }

  /** The stage compared: the highest one the ledger (as of the report's month) decides, if any. */
  Optional<Stage> stage() {
    return stage;
  }

  /** Region rows top to bottom: decided first, by decision date. */
  List<String> order() {
    return order;
  }

  Optional<DecisionComparison> comparison() {
    return Optional.ofNullable(comparison);
  }

  /** The comparison's rows by region name. */
  private Map<String, RegionComparison> decided() {
    Map<String, RegionComparison> out = new LinkedHashMap<>();
    if (comparison != null) {
      comparison.regions().forEach(c -> out.put(c.region().name(), c));
    }
    return out;
  }

  @Override
  public List<Chart> charts() {
    return stage.isEmpty() ? List.of() : List.of(chart());
  }

  private List<String> indicators() {
    return model.benchmarkSet().benchmarks().values().stream().map(Benchmark::indicator).toList();
  }

  Chart chart() {
    StageStyle style = StageStyle.of(model.benchmarkSet().stages());
    int rank = model.benchmarkSet().stages().indexOf(stage.orElseThrow());
    String label = style.label(rank);
    String metKind = "Conditions for " + label + " met";
    String recKind = "Recommended for " + label;
    ObjectNode spec = VegaJson.object();
    spec.put(
        "description",
        "Months each region was recommended for "
            + label
            + ", the months its conditions were met "
            + "and the decisions, "
            + Format.month(months.first())
            + " to "
            + Format.month(months.last()));
    ObjectNode title = spec.putObject("title");
    title.put(
        "text",
        "Recommended for "
            + label
            + " and decided, "
            + Format.month(months.first())
            + " to "
            + Format.month(months.last()));
    illustrative.subtitle(indicators()).ifPresent(s -> title.set("subtitle", s));
    spec.put("width", 860);
    spec.putObject("height").put("step", 18);
    ObjectNode scale = VegaJson.object();
    scale.set("domain", VegaJson.strings(List.of(metKind, recKind)));
    scale.set("range", VegaJson.strings(List.of(style.colour(rank) + "40", style.colour(rank))));
    ArrayNode layer = spec.putArray("layer");
    // an invisible frame over the months up to the as-of month spans the time axis (an explicit
    // scale
    // domain in a layer conflicts with the other layers' in Vega-Lite)
    ObjectNode frame = layer.addObject();
    ObjectNode frameRow = frame.putObject("data").putArray("values").addObject();
    frameRow.put("start", VegaJson.date(months.first()));
    frameRow.put("end", VegaJson.date(months.last().plusMonths(1)));
    frame.putObject("mark").put("type", "rect").put("opacity", 0).put("aria", false);
    ObjectNode fenc = frame.putObject("encoding");
    fenc.set("x", x("start", true));
    fenc.putObject("x2").put("field", "end");
    spanLayer(layer.addObject(), met, metKind, "rect", scale, true);
    spanLayer(layer.addObject(), recommended, recKind, "bar", scale, false);

    ObjectNode points = layer.addObject();
    ArrayNode values = points.putObject("data").putArray("values");
    for (Marker m : markers) {
      LedgerEntry e = m.entry();
      ObjectNode row = values.addObject();
      row.put("region", m.region());
      row.put("date", e.effective().toString());
      row.put("kind", m.superseded() ? "Decision, superseded" : "Decision (effective date)");
      row.put(
          "id",
          e.id()
              + (m.superseded()
                  ? " (superseded by " + ledger.supersededBy(e.id()).orElse("") + ")"
                  : ""));
      row.put("decidedBy", e.decidedBy().isBlank() ? "\u2014" : e.decidedBy());
      row.put("effective", e.effective().toString());
    }
    points
        .putObject("mark")
        .put("type", "point")
        .put("size", 80)
        .put("strokeWidth", 1.5)
        .put("opacity", 1);
    ObjectNode penc = points.putObject("encoding");
    penc.set("y", y());
    penc.set("x", x("date", false));
    // shape and fill share the field, domain and legend title, so Vega-Lite draws one legend of
    // both
    List<String> kinds = List.of("Decision (effective date)", "Decision, superseded");
    ObjectNode shape = penc.putObject("shape").put("field", "kind").put("type", "nominal");
    shape.putObject("scale").set("domain", VegaJson.strings(kinds));
    ((ObjectNode) shape.get("scale")).set("range", VegaJson.strings(List.of("diamond", "cross")));
    shape
        .putObject("legend")
        .put("title", "Decisions")
        .put("orient", "top")
        .put("direction", "horizontal");
    ObjectNode fill = penc.putObject("fill").put("field", "kind").put("type", "nominal");
    fill.putObject("scale").set("domain", VegaJson.strings(kinds));
    ((ObjectNode) fill.get("scale")).set("range", VegaJson.strings(List.of("#D55E00", "#ffffff")));
    fill.putObject("legend")
        .put("title", "Decisions")
        .put("orient", "top")
        .put("direction", "horizontal");
    ObjectNode stroke = penc.putObject("stroke");
    stroke
        .putObject("condition")
        .put("test", "datum.kind === 'Decision, superseded'")
        .put("value", "#666666");
    stroke.put("value", "#000000");
    ArrayNode tooltip = penc.putArray("tooltip");
    tooltip.addObject().put("field", "region").put("title", "Region");
    tooltip.addObject().put("field", "kind").put("title", "Mark");
    tooltip.addObject().put("field", "effective").put("title", "Effective");
    tooltip.addObject().put("field", "decidedBy").put("title", "Decided by");
    tooltip.addObject().put("field", "id").put("title", "Ledger entry");

    ObjectNode asOf = layer.addObject();
    ObjectNode asOfRow = asOf.putObject("data").putArray("values").addObject();
    asOfRow.put("date", VegaJson.date(model.asOf().plusMonths(1)));
    asOfRow.put("label", "as of " + Format.month(model.asOf()));
    asOf.putObject("mark")
        .put("type", "rule")
        .put("stroke", "#000000")
        .put("strokeWidth", 1.5)
        .putArray("strokeDash")
        .add(4)
        .add(3);
    ObjectNode aenc = asOf.putObject("encoding");
    aenc.putObject("x").put("field", "date").put("type", "temporal");
    aenc.putArray("tooltip").addObject().put("field", "label").put("title", "Marked month");
    ObjectNode asOfText = layer.addObject();
    asOfText.set("data", asOf.get("data"));
    asOfText
        .putObject("mark")
        .put("type", "text")
        .put("align", "right")
        .put("baseline", "bottom")
        .put("dx", -4)
        .put("dy", -2)
        .put("y", 0)
        .put("fontWeight", "bold");
    ObjectNode tenc = asOfText.putObject("encoding");
    tenc.putObject("x").put("field", "date").put("type", "temporal");
    tenc.putObject("text").put("field", "label");
    return new Chart("decisions-timeline", spec);
  }

  /** A layer of spans; the first ({@code legend}) also gives the colour legend. */
  private void spanLayer(
      ObjectNode layer,
      List<Span> spans,
      String kind,
      String mark,
      ObjectNode scale,
      boolean legend) {
    ArrayNode values = layer.putObject("data").putArray("values");
    for (Span s : spans) {
      ObjectNode row = values.addObject();
      row.put("region", s.region());
      row.put("kind", kind);
      row.put("start", VegaJson.date(s.first()));
      row.put("end", VegaJson.date(s.last().plusMonths(1)));
      row.put("span", Format.month(s.first()) + " to " + Format.month(s.last()));
    }
    ObjectNode m = layer.putObject("mark").put("type", mark);
    if (mark.equals("bar")) {
      m.put("size", 8);
    }
    ObjectNode enc = layer.putObject("encoding");
    enc.set("y", y());
    enc.set("x", x("start", false));
    enc.putObject("x2").put("field", "end");
    ObjectNode colour = enc.putObject("color").put("field", "kind").put("type", "nominal");
    colour.set("scale", scale);
    if (legend) {
      colour
          .putObject("legend")
          .put("title", "Months")
          .put("orient", "top")
          .put("direction", "horizontal")
          .put("labelLimit", 260);
    }
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "region").put("title", "Region");
    tooltip.addObject().put("field", "kind").put("title", "Mark");
    tooltip.addObject().put("field", "span").put("title", "Months");
  }

  private ObjectNode y() {
    ObjectNode y = VegaJson.object().put("field", "region").put("type", "nominal").putNull("title");
    y.set("sort", VegaJson.strings(order));
    y.putObject("scale").set("domain", VegaJson.strings(order));
    y.putObject("axis").put("labelLimit", 160);
    return y;
  }

  /** The time axis; only the first layer gives its scale and axis, the others share them. */
  private ObjectNode x(String field, boolean scale) {
    ObjectNode x = VegaJson.object().put("field", field).put("type", "temporal").putNull("title");
    if (scale) {
      ObjectNode s = x.putObject("scale").put("type", "utc");
      x.putObject("axis")
          .put("format", "%Y")
          .put("tickCount", Math.min(12, Math.max(2, months.length() / 12)));
    }
    return x;
  }

  Table table() {
    String label = StageStyle.label(stage.orElseThrow());
    Table.Builder t =
        Table.builder(
                "Recommended for "
                    + label
                    + " against decided, as known in "
                    + Format.month(model.asOf()),
                "Region",
                "First recommended",
                "Decision effective",
                "Lead (months)",
                "Decided while recommended",
                "Reversals before the decision")
            .illustrative(illustrative.note(indicators()));
    Map<String, RegionComparison> decided = decided();
    Map<String, YearMonth> firstRecommended = new LinkedHashMap<>();
    recommended.forEach(s -> firstRecommended.putIfAbsent(s.region(), s.first()));
    for (String name : order) {
      RegionComparison c = decided.get(name);
      Optional<YearMonth> first = Optional.ofNullable(firstRecommended.get(name));
      if (c == null) {
        t.row(
            "undecided",
            List.of(
                Table.Cell.text(name),
                Table.Cell.text(first.map(Format::month).orElse("never")),
                Table.Cell.text("not decided"),
                Table.Cell.text("\u2014"),
                Table.Cell.text("\u2014"),
                Table.Cell.text("\u2014")));
        continue;
      }
      t.row(
          "decided",
          List.of(
              Table.Cell.text(name),
              Table.Cell.text(c.firstRecommended().map(Format::month).orElse("never")),
              Table.Cell.text(Format.month(c.effective())),
              c.lead().isPresent()
                  ? Table.Cell.count(c.lead().getAsInt()).withClass("lead")
                  : Table.Cell.text("\u2014").withClass("num lead"),
              Table.Cell.text(c.recommendedAtDecision() ? "yes" : "no"),
              Table.Cell.count(c.reversals())));
    }
    return t.build();
  }

  /** The overall figures and how to read them, worded from the data. */
  String summaryHtml() {
    DecisionComparison c = comparison;
    String label = StageStyle.label(stage.orElseThrow());
    StringBuilder out = new StringBuilder("<p class=\"lead decisions-summary\">");
    out.append(c.regions().size())
        .append(c.regions().size() == 1 ? " region" : " regions")
        .append(" decided to ")
        .append(Html.escape(label))
        .append(" by ")
        .append(Html.escape(Format.month(model.asOf())))
        .append(
            ": rank correlation of the order first recommended with the order decided (Spearman) ")
        .append("<strong data-decisions=\"spearman\">")
        .append(
            c.spearman().isPresent()
                ? Html.escape(Format.number(c.spearman().getAsDouble()))
                : "n/a")
        .append("</strong>; median lead <strong data-decisions=\"median-lead\">")
        .append(
            c.medianLead().isPresent()
                ? Html.escape(Format.number(c.medianLead().getAsDouble()))
                : "n/a")
        .append(
            "</strong> months; decided while recommended <strong data-decisions=\"while-recommended\">")
        .append(c.decidedWhileRecommended())
        .append("</strong> of ")
        .append(c.regions().size())
        .append(".</p>\n");
    out.append(
            "<p>This is a measurement of the benchmark set against what was decided, not a target to fit: the "
                + "parties acted on more than the conditions, and tuning the set until it reproduces these dates would "
                + "cost it its independent judgement. A region is recommended for ")
        .append(Html.escape(label))
        .append(
            " when the recommendation on its own track (the benchmark set's hysteresis, without the decisions) is "
                + "that stage or higher; the lead is the months from first recommended to the decision (positive: "
                + "recommended first).</p>\n");
    for (List<LedgerEntry> group : together()) {
      LedgerEntry first = group.get(0);
      out.append("<p class=\"decided-together\">")
          .append(group.size())
          .append(" regions (")
          .append(
              Html.escape(String.join(", ", group.stream().map(e -> e.region().name()).toList())))
          .append(") took effect on one date, ")
          .append(Html.escape(first.effective().toString()))
          .append(", by one decider, ")
          .append(Html.escape(first.decidedBy()))
          .append(
              ": decided together in one act, not region by region as their conditions were met, so their leads "
                  + "and ranks say little about the benchmark set.</p>\n");
    }
    List<String> others =
        ledger.effective().stream()
            .filter(LedgerEntry::wholeRegion)
            .map(LedgerEntry::toStage)
            .distinct()
            .filter(s -> !s.equals(stage.get().id()))
            .toList();
    if (!others.isEmpty()) {
      out.append("<p class=\"muted\">The ledger also decides ")
          .append(Html.escape(String.join(", ", others)))
          .append("; <code>handover decisions compare --stage STAGE</code> compares them.</p>\n");
    }
    long later = model.decisions().entries().size() - ledger.entries().size();
    if (later > 0) {
      out.append("<p class=\"muted\">")
          .append(later)
          .append(later == 1 ? " decision takes" : " decisions take")
          .append(" effect after ")
          .append(Html.escape(Format.month(model.asOf())))
          .append(later == 1 ? " and is" : " and are")
          .append(" not shown: the report shows what was known then.</p>\n");
    }
    return out.toString();
  }

  /**
   * Decisions to the stage sharing one effective date and decider, {@link #TOGETHER} or more
   * regions each.
   */
  List<List<LedgerEntry>> together() {
    Map<String, RegionComparison> decided = decided();
    Map<String, List<LedgerEntry>> groups = new LinkedHashMap<>();
    for (LedgerEntry e : ledger.effective()) {
      RegionComparison c = decided.get(e.region().name());
      if (c != null && c.entry().equals(e.id()) && !e.decidedBy().isBlank()) {
        groups
            .computeIfAbsent(e.effective() + "\u0000" + e.decidedBy(), k -> new ArrayList<>())
            .add(e);
      }
    }
    return groups.values().stream()
        .filter(g -> g.size() >= TOGETHER)
        .sorted(Comparator.comparing((List<LedgerEntry> g) -> g.get(0).effective()))
        .toList();
  }

  @Override
  public String bodyHtml() {
    if (model.decisions().entries().isEmpty()) {
      return "<p class=\"notice no-decisions\">No decisions are recorded for this theater, so there is nothing to "
          + "set the recommendations against. Record them with <code>handover import decisions FILE</code> (a CSV of "
          + "region, to_stage, effective, ...) or one at a time with <code>handover decide</code>; the report then "
          + "shows when each region was recommended against when it was decided.</p>\n";
    }
    if (stage.isEmpty()) {
      return "<p class=\"notice no-decisions\">No decision recorded for this theater takes effect by "
          + Html.escape(Format.month(model.asOf()))
          + " (the report's month); the "
          + model.decisions().entries().size()
          + " recorded take effect later and are not shown.</p>\n";
    }
    return summaryHtml()
        + new Figure(
                chart(),
                "Timeline per region: months its conditions were met, months it was "
                    + "recommended, and its decisions; the as-of month marked",
                table())
            .html();
  }
}
