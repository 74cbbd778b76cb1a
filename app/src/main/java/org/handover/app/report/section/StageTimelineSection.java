package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * The transition at a glance: one row per region, one column per month, coloured by stage, with the
 * as-of month outlined. Months in the same stage are drawn as one run ({@link Period}), which is
 * also what the table beside it lists.
 */
public final class StageTimelineSection implements ReportSection {
  public static final String ID = "timeline";

  /** A region's consecutive months in one stage; {@code last} inclusive. */
  record Period(String region, int rank, YearMonth first, YearMonth last) {
    int months() {
      return (int) first.until(last, ChronoUnit.MONTHS) + 1;
    }
  }

  private final ReportModel model;
  private final StageStyle style;
  private final List<String> order;
  private final List<List<Period>> periods;
  private final Illustrative illustrative;

  public StageTimelineSection(ReportModel model) {
    this.model = model;
    this.style = StageStyle.of(model.benchmarkSet().stages());
    this.illustrative = Illustrative.of(model);
    MonthRange all = model.history().months();
    MonthRange months = model.months();
    int[][] rank = model.history().rank();
    List<Region> regions = model.theater().regions();
    List<List<Period>> runs = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      int[] ranks = rank[r];
      List<Period> list = new ArrayList<>();
      YearMonth start = months.first();
      for (YearMonth m = start.plusMonths(1); ; m = m.plusMonths(1)) {
        // a run also ends at the as-of month, so runs after it can be drawn as not known then
        if (m.isAfter(months.last())
            || ranks[all.offsetOf(m)] != ranks[all.offsetOf(start)]
            || model.isAfter(m) && !model.isAfter(start)) {
          list.add(
              new Period(
                  regions.get(r).name(), ranks[all.offsetOf(start)], start, m.minusMonths(1)));
          start = m;
          if (m.isAfter(months.last())) {
            break;
          }
        }
      }
      runs.add(List.copyOf(list));
    }
    this.periods = List.copyOf(runs);
    int asOf = all.offsetOf(model.asOf());
    // Furthest along first; among equals, whoever got there earliest; then by name.
    List<Integer> idx = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      idx.add(r);
    }
    idx.sort(
        Comparator.<Integer>comparingInt(r -> -rank[r][asOf])
            .thenComparingInt(r -> reachedAt(rank[r], asOf))
            .thenComparing(r -> regions.get(r).name()));
    this.order = idx.stream().map(r -> regions.get(r).name()).toList();
  }

  /** First month of the run of the as-of stage that contains the as-of month. */
  private static int reachedAt(int[] ranks, int asOf) {
    int m = asOf;
    while (m > 0 && ranks[m - 1] == ranks[asOf]) {
      m--;
    }
    return m;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Stages over time";
  }

  /** Each region's runs of months in one stage, in theater order. */
  List<List<Period>> periods() {
    return periods;
  }

  /** Region rows top to bottom: furthest along first. */
  List<String> order() {
    return order;
  }

  @Override
  public List<Chart> charts() {
    return List.of(chart());
  }

  private List<String> indicators() {
    return model.benchmarkSet().benchmarks().values().stream().map(Benchmark::indicator).toList();
  }

  Chart chart() {
    ObjectNode spec = VegaJson.object();
    MonthRange months = model.months();
    spec.put(
        "description",
        "Stage of every region in every month from "
            + Format.month(months.first())
            + " to "
            + Format.month(months.last()));
    ObjectNode title = spec.putObject("title");
    title.put(
        "text",
        "Stage by region and month, "
            + Format.month(months.first())
            + " to "
            + Format.month(months.last()));
    illustrative.subtitle(indicators()).ifPresent(s -> title.set("subtitle", s));
    spec.put("width", 860);
    spec.putObject("height").put("step", 18);
    ArrayNode layer = spec.putArray("layer");

    ObjectNode runs = layer.addObject();
    ArrayNode values = runs.putObject("data").putArray("values");
    for (List<Period> region : periods) {
      for (Period p : region) {
        ObjectNode row = values.addObject();
        row.put("region", p.region());
        row.put("stage", style.label(p.rank()));
        row.put("start", VegaJson.date(p.first()));
        row.put("end", VegaJson.date(p.last().plusMonths(1)));
        row.put("span", Format.month(p.first()) + " to " + Format.month(p.last()));
        row.put("months", p.months());
        if (model.isAfter(p.first())) {
          row.put("after", model.afterLabel());
        }
      }
    }
    runs.putObject("mark").put("type", "rect");
    ObjectNode enc = runs.putObject("encoding");
    ObjectNode y =
        enc.putObject("y").put("field", "region").put("type", "nominal").putNull("title");
    y.set("sort", VegaJson.strings(order));
    y.putObject("axis").put("labelLimit", 160);
    ObjectNode x =
        enc.putObject("x").put("field", "start").put("type", "temporal").putNull("title");
    x.putObject("scale").put("type", "utc");
    x.putObject("axis")
        .put("format", "%Y")
        .put("tickCount", Math.min(12, Math.max(2, months.length() / 12)));
    enc.putObject("x2").put("field", "end");
    ObjectNode colour = enc.putObject("color").put("field", "stage").put("type", "ordinal");
    colour.set("scale", style.scale());
    colour
        .putObject("legend")
        .put("title", "Stage")
        .put("orient", "top")
        .put("direction", "horizontal");
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "region").put("title", "Region");
    tooltip.addObject().put("field", "stage").put("title", "Stage");
    tooltip.addObject().put("field", "span").put("title", "Months");
    tooltip.addObject().put("field", "months").put("title", "Length (months)");
    if (model.showsMonthsAfter()) {
      // what came after the as-of month is drawn pale: not known at the time
      enc.putObject("opacity")
          .put("value", 1)
          .putObject("condition")
          .put("test", "datum.after")
          .put("value", 0.3);
      tooltip.addObject().put("field", "after").put("title", "Known");
      layer.add(afterBand(months));
    }

    ObjectNode asOf = layer.addObject();
    ObjectNode asOfRow = asOf.putObject("data").putArray("values").addObject();
    asOfRow.put("start", VegaJson.date(model.asOf()));
    asOfRow.put("end", VegaJson.date(model.asOf().plusMonths(1)));
    asOfRow.put("label", "as of " + Format.month(model.asOf()));
    asOf.putObject("mark")
        .put("type", "rect")
        .put("fillOpacity", 0)
        .put("stroke", "#000000")
        .put("strokeWidth", 1.5);
    ObjectNode aenc = asOf.putObject("encoding");
    aenc.putObject("x").put("field", "start").put("type", "temporal");
    aenc.putObject("x2").put("field", "end");
    aenc.putArray("tooltip").addObject().put("field", "label").put("title", "Marked month");
    ObjectNode asOfText = layer.addObject();
    asOfText.set("data", asOf.get("data"));
    asOfText
        .putObject("mark")
        .put("type", "text")
        .put("align", "left")
        .put("baseline", "bottom")
        .put("dx", 4)
        .put("dy", -2)
        .put("y", 0)
        .put("fontWeight", "bold");
    ObjectNode tenc = asOfText.putObject("encoding");
    tenc.putObject("x").put("field", "end").put("type", "temporal");
    tenc.putObject("text").put("field", "label");
    return new Chart("timeline-stages", spec);
  }

  /** A grey band over the months after the as-of month, labelled as not known at the time. */
  private ObjectNode afterBand(MonthRange months) {
    ObjectNode band = VegaJson.object();
    band.putObject("data")
        .putArray("values")
        .addObject()
        .put("start", VegaJson.date(model.asOf().plusMonths(1)))
        .put("end", VegaJson.date(months.last().plusMonths(1)))
        .put("label", model.afterLabel());
    band.putObject("mark").put("type", "rect").put("color", "#9e9e9e").put("opacity", 0.25);
    ObjectNode enc = band.putObject("encoding");
    enc.putObject("x").put("field", "start").put("type", "temporal");
    enc.putObject("x2").put("field", "end");
    enc.putArray("tooltip").addObject().put("field", "label").put("title", "Months");
    return band;
  }

  Table table() {
    MonthRange months = model.months();
    Table.Builder t =
        Table.builder(
                "Stage periods by region, "
                    + Format.month(months.first())
                    + " to "
                    + Format.month(months.last()),
                "Region",
                "Stage periods (first to last month)")
            .illustrative(illustrative.note(indicators()));
    for (String name : order) {
      List<Period> runs = periods.get(model.theater().indexOf(RegionId.of(name)));
      StringBuilder cell = new StringBuilder("<ol class=\"periods\">");
      for (Period p : runs) {
        cell.append("<li>")
            .append(style.chipHtml(p.rank()))
            .append(' ')
            .append(Html.escape(Format.month(p.first()) + " to " + Format.month(p.last())))
            .append(" <span class=\"muted\">(")
            .append(p.months())
            .append(p.months() == 1 ? " month" : " months")
            .append(")</span>")
            .append(
                model.isAfter(p.first())
                    ? " <span class=\"after\">(" + Html.escape(model.afterLabel()) + ")</span>"
                    : "")
            .append("</li>");
      }
      t.row(Table.Cell.text(name), Table.Cell.markup(cell.append("</ol>").toString()));
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
            "Heat strip: the stage of each region in each month, as-of month outlined",
            table())
        .htmlWithFoldedTable("Table: stage periods of each region");
  }
}
