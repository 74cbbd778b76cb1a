package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.plan.Binding;
import org.handover.engine.plan.RegionPlan;
import org.handover.engine.plan.SolvedPlan;
import org.handover.engine.scenario.Role;

/**
 * The plan (docs/planning.md): a Gantt-style chart of tranches (regions by month, coloured by
 * tranche), the foreign posture by role over the plan's months, and each region's line with what
 * binds it. Opt-in ({@code report --plan}); the posture it acts on is illustrative and says so.
 */
public final class PlanSection implements ReportSection {
  public static final String ID = "plan";

  private final SolvedPlan plan;
  private final String postureMethod;

  public PlanSection(SolvedPlan plan, String postureMethod) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.postureMethod = Objects.requireNonNull(postureMethod, "postureMethod");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Transition plan";
  }

  @Override
  public List<Chart> charts() {
    return List.of(ganttChart(), postureChart());
  }

  /** One bar per region: under foreign lead until its month, then moved; coloured by tranche. */
  Chart ganttChart() {
    ObjectNode spec = VegaJson.object();
    spec.put("description", "Each region's planned month of transition, coloured by tranche");
    spec.putObject("title").put("text", "Tranches: each region's month of transition");
    spec.put("width", 520);
    ArrayNode rows = spec.putObject("data").putArray("values");
    String end = VegaJson.date(plan.months().last().plusMonths(1));
    for (RegionPlan l : plan.lines()) {
      String tranche =
          l.decided()
              ? "decided before the plan"
              : l.month().isPresent() ? "tranche " + l.tranche() : "not within the plan";
      String from =
          l.decided()
              ? VegaJson.date(plan.months().first())
              : VegaJson.date(l.month().orElse(plan.months().last().plusMonths(1)));
      if (l.month().isPresent() || l.decided()) {
        rows.addObject()
            .put("region", l.region().name())
            .put("start", from)
            .put("end", end)
            .put("tranche", tranche)
            .put("order", l.month().map(m -> m.toString()).orElse(l.decided() ? "0" : "9999"));
      }
    }
    spec.putObject("mark").put("type", "bar");
    ObjectNode enc = spec.putObject("encoding");
    enc.putObject("y")
        .put("field", "region")
        .put("type", "nominal")
        .put("title", "Region")
        .putObject("sort")
        .put("field", "order");
    enc.putObject("x").put("field", "start").put("type", "temporal").put("title", "Month");
    enc.putObject("x2").put("field", "end");
    ObjectNode c = enc.putObject("color").put("field", "tranche").put("type", "nominal");
    c.putObject("scale").put("scheme", "tableau20");
    c.putObject("legend").put("title", "Tranche").put("orient", "bottom").put("columns", 4);
    ArrayNode tip = enc.putArray("tooltip");
    tip.addObject().put("field", "region").put("title", "Region");
    tip.addObject().put("field", "tranche").put("title", "Tranche");
    tip.addObject().put("field", "start").put("type", "temporal").put("format", "%Y-%m");
    return new Chart("plan-gantt", spec);
  }

  Chart postureChart() {
    ObjectNode spec = VegaJson.object();
    spec.put("description", "Foreign troops by role over the plan's months");
    spec.putObject("title")
        .put("text", "Foreign troops by role under the plan (illustrative split)");
    spec.put("width", 520).put("height", 220);
    ArrayNode rows = spec.putObject("data").putArray("values");
    for (int m = 0; m < plan.months().length(); m++) {
      for (Role r : Role.values()) {
        rows.addObject()
            .put("month", VegaJson.date(plan.month(m)))
            .put("role", r.key())
            .put("troops", Math.round(plan.roleTotal(m, r)));
      }
    }
    RoleAreaEncoding.apply(spec, "Month");
    return new Chart("plan-posture", spec);
  }

  Table bindsTable() {
    Table.Builder t =
        Table.builder(
            "Each region's month and what binds it",
            "Region",
            "From",
            "To",
            "Month",
            "Tranche",
            "P(ready)",
            "P(relapse)",
            "Not earlier",
            "Not later");
    for (RegionPlan l : plan.lines()) {
      t.row(
          Table.Cell.text(l.region().name()),
          Table.Cell.text(l.fromStage()),
          Table.Cell.text(l.toStage()),
          Table.Cell.text(
              l.decided() ? "decided" : l.month().map(Format::month).orElse("not within")),
          Table.Cell.text(l.tranche() == 0 ? "-" : Integer.toString(l.tranche())),
          Table.Cell.text(Double.isNaN(l.readyBy()) ? "-" : OutlookFigures.percent(l.readyBy()))
              .withClass("num"),
          Table.Cell.text(Double.isNaN(l.relapse()) ? "-" : OutlookFigures.percent(l.relapse()))
              .withClass("num"),
          Table.Cell.text(binds(l.earlier())),
          Table.Cell.text(binds(l.later())));
    }
    return t.build();
  }

  Table postureTable() {
    String[] header = new String[Role.values().length + 2];
    header[0] = "Month";
    for (Role r : Role.values()) {
      header[r.ordinal() + 1] = r.key();
    }
    header[header.length - 1] = "total";
    Table.Builder t = Table.builder("Foreign troops by role, month by month", header);
    for (int m = 0; m < plan.months().length(); m++) {
      Table.Cell[] cells = new Table.Cell[header.length];
      cells[0] = Table.Cell.text(Format.month(plan.month(m)));
      for (Role r : Role.values()) {
        cells[r.ordinal() + 1] = Table.Cell.count(Math.round(plan.roleTotal(m, r)));
      }
      cells[header.length - 1] = Table.Cell.count(Math.round(plan.total(m)));
      t.row(cells);
    }
    return t.build();
  }

  private static String binds(List<Binding> bindings) {
    return bindings.stream().map(Binding::describe).collect(Collectors.joining("; "));
  }

  @Override
  public String bodyHtml() {
    StringBuilder h = new StringBuilder();
    h.append("<p data-plan=\"summary\">Plan ")
        .append(Html.escape(plan.problem().constraints().name()))
        .append(" from ")
        .append(Html.escape(Format.month(plan.months().first())))
        .append(" to ")
        .append(Html.escape(Format.month(plan.months().last())))
        .append(", solved by OR-Tools CP-SAT: ")
        .append(plan.status().name().toLowerCase(Locale.ROOT))
        .append(
            String.format(
                Locale.ROOT,
                ", objective %.3f, best bound %.3f, gap %.2f%%.",
                plan.objective(),
                plan.bound(),
                100 * plan.gap()))
        .append(
            " Each region's line names what binds it a month earlier and a month later"
                + " (docs/planning.md).</p>\n");
    h.append("<p class=\"notice illustrative-note\">")
        .append(Html.escape(Illustrative.LABEL))
        .append(": ")
        .append(Html.escape(postureMethod))
        .append("</p>\n");
    h.append(
        new Figure(ganttChart(), "Tranches: regions by month of transition", bindsTable()).html());
    h.append(
        new Figure(postureChart(), "Foreign troops by role under the plan", postureTable())
            .htmlWithFoldedTable("Troops by role, month by month"));
    return h.toString();
  }
}
