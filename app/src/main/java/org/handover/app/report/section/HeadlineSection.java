package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.assessment.ConditionShift;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.RegionId;

/**
 * The top of the page: how many regions are at each stage as of the month, which regions changed
 * stage since the month and the quarter before, and which benchmarks moved them.
 */
public final class HeadlineSection implements ReportSection {
  public static final String ID = "headline";

  private final ReportModel model;
  private final StageStyle style;
  private final int[] counts;
  private final List<List<RegionId>> regionsAt;
  private final YearMonth lastMonth;
  private final YearMonth lastQuarter;
  private final List<StageChange> sinceMonth;
  private final List<StageChange> sinceQuarter;
  private final Illustrative illustrative;
  private final List<String> indicators;

  public HeadlineSection(ReportModel model) {
    this.model = model;
    this.style = StageStyle.of(model.benchmarkSet().stages());
    int n = model.benchmarkSet().stages().size();
    this.counts = new int[n];
    this.regionsAt = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      regionsAt.add(new ArrayList<>());
    }
    for (RegionAssessment r : model.assessment().regions()) {
      counts[r.stageRank()]++;
      regionsAt.get(r.stageRank()).add(r.region());
    }
    this.lastMonth = model.asOf().minusMonths(1);
    this.lastQuarter = model.asOf().minusMonths(3);
    this.sinceMonth = changesSince(model, lastMonth);
    this.sinceQuarter = changesSince(model, lastQuarter);
    this.illustrative = Illustrative.of(model);
    this.indicators =
        model.benchmarkSet().benchmarks().values().stream()
            .map(Benchmark::indicator)
            .distinct()
            .toList();
  }

  /**
   * Regions whose stage in {@code since} differs from the as-of month's; none when {@code since} is
   * before the data.
   */
  private static List<StageChange> changesSince(ReportModel model, YearMonth since) {
    return model.panel().months().contains(since)
        ? model.evaluation().stageChanges(since, model.asOf())
        : List.of();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Headline";
  }

  /** Regions at each stage, indexed by stage rank. */
  public int[] counts() {
    return counts.clone();
  }

  public List<StageChange> changesSinceLastMonth() {
    return sinceMonth;
  }

  public List<StageChange> changesSinceLastQuarter() {
    return sinceQuarter;
  }

  @Override
  public List<Chart> charts() {
    return List.of(countChart());
  }

  Chart countChart() {
    ObjectNode spec = VegaJson.object();
    spec.put("description", "Number of regions at each stage as of " + Format.month(model.asOf()));
    ObjectNode title = spec.putObject("title");
    title.put("text", "Regions by stage, " + Format.month(model.asOf()));
    illustrative.subtitle(indicators).ifPresent(s -> title.set("subtitle", s));
    spec.put("width", 360);
    spec.putObject("height").put("step", 30);
    ArrayNode values = spec.putObject("data").putArray("values");
    for (int s = 0; s < counts.length; s++) {
      ObjectNode row = values.addObject();
      row.put("stage", style.label(s));
      row.put("regions", counts[s]);
      row.put(
          "names", regionsAt.get(s).stream().map(RegionId::name).collect(Collectors.joining(", ")));
    }
    ArrayNode layer = spec.putArray("layer");
    ObjectNode bars = layer.addObject();
    bars.putObject("mark").put("type", "bar").put("cornerRadiusEnd", 2);
    ObjectNode enc = bars.putObject("encoding");
    enc.set("y", stageAxis());
    enc.putObject("x")
        .put("field", "regions")
        .put("type", "quantitative")
        .put("title", "regions")
        .putObject("axis")
        .put("tickMinStep", 1)
        .put("format", "d");
    ObjectNode colour = enc.putObject("color").put("field", "stage").put("type", "ordinal");
    colour.set("scale", style.scale());
    colour.putNull("legend");
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "stage").put("title", "Stage");
    tooltip.addObject().put("field", "regions").put("title", "Regions");
    tooltip.addObject().put("field", "names").put("title", "Which");
    ObjectNode text = layer.addObject();
    text.putObject("mark")
        .put("type", "text")
        .put("align", "left")
        .put("dx", 4)
        .put("fontWeight", "bold");
    ObjectNode tenc = text.putObject("encoding");
    tenc.set("y", stageAxis());
    tenc.putObject("x").put("field", "regions").put("type", "quantitative");
    tenc.putObject("text").put("field", "regions").put("type", "quantitative");
    return new Chart("headline-counts", spec);
  }

  private ObjectNode stageAxis() {
    ObjectNode y =
        VegaJson.object().put("field", "stage").put("type", "ordinal").put("title", (String) null);
    y.set("sort", VegaJson.strings(style.labels()));
    return y;
  }

  Table countTable() {
    Table.Builder t =
        Table.builder(
                "Regions by stage, " + Format.month(model.asOf()), "Stage", "Regions", "Which")
            .illustrative(illustrative.note(indicators));
    for (int s = 0; s < counts.length; s++) {
      t.row(
          Table.Cell.markup(style.chipHtml(s)),
          Table.Cell.count(counts[s]).withClass("count"),
          Table.Cell.text(
              regionsAt.get(s).stream().map(RegionId::name).collect(Collectors.joining(", "))));
    }
    return t.build();
  }

  @Override
  public String css() {
    return style.css();
  }

  @Override
  public String bodyHtml() {
    StringBuilder out = new StringBuilder();
    int total = model.assessment().regions().size();
    out.append("<p class=\"lead\">As of <strong>")
        .append(Html.escape(Format.month(model.asOf())))
        .append("</strong>, the ")
        .append("<strong data-headline=\"regions\">")
        .append(total)
        .append("</strong> regions of ")
        .append(Html.escape(model.theater().name()))
        .append(" stand as follows.</p>\n");
    out.append("<ol class=\"stage-cards\">\n");
    for (int s = 0; s < counts.length; s++) {
      Stage stage = style.stages().get(s);
      out.append("<li class=\"stage-card ")
          .append(style.borderClass(s))
          .append("\" data-stage=\"")
          .append(Html.escape(style.label(s)))
          .append("\">")
          .append("<span class=\"stage-count\" data-stage-count=\"")
          .append(Html.escape(style.label(s)))
          .append("\">")
          .append(counts[s])
          .append("</span>")
          .append("<span class=\"stage-name\">")
          .append(Html.escape(style.label(s)))
          .append("</span>")
          .append("<span class=\"stage-desc\">")
          .append(Html.escape(stage.description()))
          .append("</span></li>\n");
    }
    out.append("</ol>\n");
    out.append(changeSentence());
    out.append(
        new Figure(countChart(), "Bar chart: number of regions at each stage", countTable())
            .html());
    out.append(changeTable("Changes since " + Format.month(lastMonth), lastMonth, sinceMonth));
    out.append(
        changeTable(
            "Changes since " + Format.month(lastQuarter) + " (a quarter earlier)",
            lastQuarter,
            sinceQuarter));
    return out.toString();
  }

  private String changeSentence() {
    StringBuilder out = new StringBuilder("<p class=\"changes\">");
    out.append(period("the month before", lastMonth, sinceMonth, "changed-month"));
    out.append(' ');
    out.append(period("the quarter before", lastQuarter, sinceQuarter, "changed-quarter"));
    return out.append("</p>\n").toString();
  }

  private String period(String what, YearMonth since, List<StageChange> changes, String key) {
    if (!model.panel().months().contains(since)) {
      return "No data for " + what + " (" + Html.escape(Format.month(since)) + ") to compare with.";
    }
    List<Stage> ladder = model.benchmarkSet().stages();
    long up = changes.stream().filter(c -> c.up(ladder)).count();
    return "<strong data-headline=\""
        + key
        + "\">"
        + changes.size()
        + "</strong> "
        + (changes.size() == 1 ? "region" : "regions")
        + " changed stage since "
        + Html.escape(Format.month(since))
        + " ("
        + up
        + " up, "
        + (changes.size() - up)
        + " down).";
  }

  private String changeTable(String caption, YearMonth since, List<StageChange> changes) {
    if (!model.panel().months().contains(since) || changes.isEmpty()) {
      return "";
    }
    Table.Builder t = Table.builder(caption, "Region", "From", "To", "Benchmarks that moved it");
    List<String> moverIndicators = new ArrayList<>();
    List<Stage> ladder = model.benchmarkSet().stages();
    for (StageChange c : changes) {
      t.row(
          Table.Cell.text(c.region().name()),
          Table.Cell.markup(style.chipHtml(ladder.indexOf(c.from()))),
          Table.Cell.markup(style.chipHtml(ladder.indexOf(c.to()))),
          Table.Cell.markup(moversHtml(c, moverIndicators)));
    }
    t.illustrative(illustrative.note(moverIndicators));
    return "<div class=\"table-block\">" + t.build().html() + "</div>\n";
  }

  /** "met: x = 1 <= 2" -> "x = 1 <= 2", since the status is already shown beside it. */
  private static String withoutStatus(String explanation, String status) {
    return explanation.startsWith(status + ": ")
        ? explanation.substring(status.length() + 2)
        : explanation;
  }

  /**
   * The benchmarks that moved the region: those whose status changed inside the conditions the
   * stages crossed require.
   */
  private String moversHtml(StageChange c, List<String> indicatorsSeen) {
    StringBuilder out = new StringBuilder("<ul class=\"movers\">");
    for (ConditionShift shift : c.crossing(model.benchmarkSet().stages())) {
      String conditionName = shift.now().condition().name();
      for (ConditionShift.BenchmarkShift m : shift.benchmarks()) {
        indicatorsSeen.add(m.now().benchmark().indicator());
        out.append("<li><strong>")
            .append(Html.escape(m.now().benchmark().id()))
            .append("</strong> (")
            .append(Html.escape(conditionName))
            .append("): ")
            .append(Html.escape(m.before().status().label()))
            .append(" \u2192 ")
            .append(Html.escape(m.now().status().label()))
            .append(": ")
            .append(Html.escape(withoutStatus(m.now().explanation(), m.now().status().label())));
        if (m.now().illustrative()) {
          out.append(" <span class=\"tag-illustrative\">illustrative</span>");
        }
        out.append("</li>");
      }
    }
    return out.append("</ul>").toString();
  }
}
