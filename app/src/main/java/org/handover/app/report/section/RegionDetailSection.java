package org.handover.app.report.section;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Anchors;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.assessment.Status;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * Per region: small multiples of every benchmark's value over time with its threshold and the as-of
 * month, and the table of benchmark verdicts with their explanations.
 */
public final class RegionDetailSection implements ReportSection {
  public static final String ID = "regions";

  private final ReportModel model;
  private final StageStyle style;
  private final Illustrative illustrative;
  private final List<Benchmark> benchmarks;
  private final BenchmarkSmallMultiples multiples;

  public RegionDetailSection(ReportModel model) {
    this.model = model;
    this.style = StageStyle.of(model.benchmarkSet().stages());
    this.illustrative = Illustrative.of(model);
    this.benchmarks = List.copyOf(model.benchmarkSet().benchmarks().values());
    this.multiples = new BenchmarkSmallMultiples(model);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Regions in detail";
  }

  @Override
  public List<Chart> charts() {
    List<Chart> out = new ArrayList<>();
    for (Region r : model.theater().regions()) {
      out.add(multiples.chart(r.id()));
    }
    return out;
  }

  private String benchmarkLabel(Benchmark b) {
    return BenchmarkSmallMultiples.label(b, illustrative);
  }

  private List<String> indicators() {
    return benchmarks.stream().map(Benchmark::indicator).distinct().toList();
  }

  private boolean anyWindowed() {
    return benchmarks.stream().anyMatch(b -> !b.window().isLastMonth());
  }

  Table verdictTable(RegionAssessment ra) {
    List<String> used = new ArrayList<>();
    Table.Builder t =
        Table.builder(
            "Benchmark verdicts for " + ra.region().name() + ", " + Format.month(model.asOf()),
            "Condition / benchmark",
            "Rule",
            "Value",
            "Margin",
            "Months held",
            "Verdict",
            "Explanation");
    for (ConditionVerdict c : ra.conditions()) {
      t.row(
          "condition",
          List.of(
              Table.Cell.text(c.condition().name()),
              Table.Cell.text(c.condition().combination().describe(c.benchmarks().size())),
              Table.Cell.text(""),
              Table.Cell.text(""),
              Table.Cell.text(""),
              statusCell(c.status()),
              Table.Cell.text(c.explanation())));
      for (BenchmarkVerdict v : c.benchmarks()) {
        Benchmark b = v.benchmark();
        if (v.illustrative()) {
          used.add(b.indicator());
        }
        String name =
            Html.escape(b.id())
                + (v.illustrative() ? " <span class=\"tag-illustrative\">illustrative</span>" : "");
        t.row(
            "benchmark",
            List.of(
                Table.Cell.markup(name),
                Table.Cell.text(b.rule()),
                Table.Cell.number(v.value()),
                Table.Cell.number(v.margin()),
                Table.Cell.count(v.monthsHeld()),
                statusCell(v.status()),
                Table.Cell.text(v.explanation())));
      }
    }
    return t.illustrative(illustrative.note(used)).build();
  }

  private static Table.Cell statusCell(Status s) {
    return Table.Cell.markup(
        "<span class=\"status status-"
            + s.name().toLowerCase().replace('_', '-')
            + "\">"
            + Html.escape(s.label())
            + "</span>");
  }

  /**
   * The numbers behind the small multiples: each benchmark's value (and raw indicator when
   * windowed) by month.
   */
  Table seriesTable(RegionId region) {
    int r = model.theater().indexOf(region);
    MonthRange months = model.months();
    List<String> header = new ArrayList<>();
    header.add("Month");
    List<double[]> columns = new ArrayList<>();
    for (Benchmark b : benchmarks) {
      double[] raw = model.panel().values(b.indicator())[r];
      String label = benchmarkLabel(b);
      if (b.window().isLastMonth()) {
        header.add(label + ": " + b.indicator());
        columns.add(raw);
      } else {
        header.add(label + ": " + b.window().describe());
        columns.add(b.window().apply(raw).clone());
        header.add(label + ": " + b.indicator() + " (month)");
        columns.add(raw);
      }
    }
    Table.Builder t =
        Table.builder(
                "Benchmark values by month for "
                    + region.name()
                    + " (thresholds: "
                    + String.join("; ", benchmarks.stream().map(Benchmark::rule).toList())
                    + ")",
                header.toArray(String[]::new))
            .illustrative(illustrative.note(indicators()));
    for (int m = 0; m < months.length(); m++) {
      List<Table.Cell> cells = new ArrayList<>();
      cells.add(Table.Cell.text(months.monthAt(m).toString()));
      for (double[] c : columns) {
        cells.add(Table.Cell.number(c[m]));
      }
      YearMonth month = months.monthAt(m);
      t.row(month.equals(model.asOf()) ? "as-of" : model.isAfter(month) ? "after" : "", cells);
    }
    return t.build();
  }

  @Override
  public String css() {
    return style.css() + BenchmarkSmallMultiples.verdictKeyCss();
  }

  /**
   * One region's part (the web application's region page): the key to the panels, then the region's
   * small multiples, verdicts and values by month, as in the report.
   */
  public ReportSection region(RegionId region) {
    RegionAssessment ra = model.assessment().region(region).orElseThrow();
    return new SectionPart(
        ID,
        "Benchmarks against thresholds",
        List.of(multiples.chart(region)),
        keyHtml() + articleHtml(ra),
        css());
  }

  @Override
  public String bodyHtml() {
    StringBuilder out = new StringBuilder();
    out.append("<nav class=\"region-index\" aria-label=\"Regions\"><ul>");
    for (RegionAssessment ra : model.assessment().regions()) {
      out.append("<li><a href=\"#")
          .append(Anchors.region(model.theater(), ra.region()))
          .append("\">")
          .append(style.dotHtml(ra.stageRank()))
          .append(Html.escape(ra.region().name()))
          .append("</a></li>");
    }
    out.append("</ul></nav>\n");
    out.append(keyHtml());
    for (RegionAssessment ra : model.assessment().regions()) {
      out.append(articleHtml(ra));
    }
    return out.toString();
  }

  /** What the panels show: the lines, the threshold and the verdict markers. */
  private String keyHtml() {
    StringBuilder out = new StringBuilder();
    out.append(
            "<p class=\"legend-note\">Each panel shows the value a benchmark compares with its threshold "
                + "(<span class=\"key-line\"></span>")
        .append(
            anyWindowed()
                ? " over its window; the pale line is the month's own indicator value"
                : "")
        .append("), the threshold (<span class=\"key-threshold\"></span>) and the verdict as of ")
        .append(Html.escape(Format.month(model.asOf())))
        .append(" (dotted line; marker: ")
        .append(BenchmarkSmallMultiples.verdictKeyHtml())
        .append(").")
        .append(
            model.showsMonthsAfter()
                ? " Faint lines and grey table rows are the months "
                    + Html.escape(model.afterLabel())
                    + "."
                : "")
        .append("</p>\n");
    return out.toString();
  }

  /** One region: its chart, its verdicts and, folded, its values by month. */
  private String articleHtml(RegionAssessment ra) {
    StringBuilder out = new StringBuilder();
    Chart chart = multiples.chart(ra.region());
    out.append("<article class=\"region\" id=\"")
        .append(Anchors.region(model.theater(), ra.region()))
        .append("\">\n<h3>")
        .append(Html.escape(ra.region().name()))
        .append(' ')
        .append(style.chipHtml(ra.stageRank()))
        .append("</h3>\n")
        .append("<p class=\"explanation\">")
        .append(Html.escape(ra.explanation()))
        .append("</p>\n")
        .append("<div class=\"figure-chart wide\">")
        .append(
            chart.containerHtml(
                "Small multiples: benchmark values over time for " + ra.region().name()))
        .append("</div>\n")
        .append("<div class=\"table-block\">")
        .append(verdictTable(ra).html())
        .append("</div>\n")
        .append("<details><summary>Table: benchmark values by month for ")
        .append(Html.escape(ra.region().name()))
        .append("</summary>")
        .append(seriesTable(ra.region()).html())
        .append("</details>\n</article>\n");
    return out.toString();
  }
}
