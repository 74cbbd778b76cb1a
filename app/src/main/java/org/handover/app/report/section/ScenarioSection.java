package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Figure;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.scenario.Assumption;
import org.handover.engine.scenario.Comparison;
import org.handover.engine.scenario.PolicyOutcome;
import org.handover.engine.scenario.PolicyRule;
import org.handover.engine.scenario.Role;
import org.handover.engine.scenario.Sensitivity;
import org.handover.engine.scenario.StartingPosture;

/**
 * Policy scenarios: deaths over time per policy (median and 80% band), the foreign posture by role
 * over time, the summary per policy, the assumptions, and (when run) the sensitivity of the
 * policies' ranking to each assumption as a tornado chart. Says plainly that the outcomes depend on
 * the stated assumptions.
 */
public final class ScenarioSection implements ReportSection {
  public static final String ID = "scenarios";

  /** Okabe-Ito colours, one per policy. */
  private static final List<String> PALETTE =
      List.of(
          "#000000", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442");

  private final Comparison comparison;
  private final StartingPosture posture;

  public ScenarioSection(Comparison comparison, StartingPosture posture) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.posture = Objects.requireNonNull(posture, "posture");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Policy scenarios";
  }

  private List<String> names() {
    return comparison.outcomes().stream().map(o -> o.policy().name()).toList();
  }

  private void colour(ObjectNode enc) {
    ObjectNode c = enc.putObject("color").put("field", "policy").put("type", "nominal");
    List<String> names = names();
    c.putObject("scale")
        .<ObjectNode>set("domain", VegaJson.strings(names))
        .set("range", VegaJson.strings(PALETTE.subList(0, Math.min(names.size(), PALETTE.size()))));
    c.putObject("legend").put("title", "Policy").put("orient", "bottom").put("columns", 3);
  }

  Chart deathsChart() {
    ObjectNode spec = VegaJson.object();
    spec.put("description", "National deaths per month under each policy: median and 80% band");
    spec.putObject("title").put("text", "Deaths per month by policy (median, 10-90% band)");
    spec.put("width", 520).put("height", 260);
    ArrayNode rows = spec.putObject("data").putArray("values");
    for (PolicyOutcome o : comparison.outcomes()) {
      for (int s = 0; s < o.months().length(); s++) {
        rows.addObject()
            .put("policy", o.policy().name())
            .put("month", VegaJson.date(o.months().monthAt(s)))
            .put("median", o.deaths(s, 0.5))
            .put("low", o.deaths(s, PolicyOutcome.LOWER))
            .put("high", o.deaths(s, PolicyOutcome.UPPER));
      }
    }
    ArrayNode layer = spec.putArray("layer");
    ObjectNode band = layer.addObject();
    band.putObject("mark").put("type", "area").put("opacity", 0.12);
    ObjectNode be = band.putObject("encoding");
    be.putObject("x").put("field", "month").put("type", "temporal").put("title", "Month");
    be.putObject("y")
        .put("field", "low")
        .put("type", "quantitative")
        .put("title", "Deaths per month");
    be.putObject("y2").put("field", "high");
    colour(be);
    ObjectNode line = layer.addObject();
    line.putObject("mark").put("type", "line");
    ObjectNode le = line.putObject("encoding");
    le.putObject("x").put("field", "month").put("type", "temporal");
    le.putObject("y").put("field", "median").put("type", "quantitative");
    colour(le);
    ArrayNode tip = le.putArray("tooltip");
    tip.addObject().put("field", "policy").put("title", "Policy");
    tip.addObject().put("field", "month").put("type", "temporal").put("format", "%Y-%m");
    tip.addObject().put("field", "median").put("format", ",.0f").put("title", "Median");
    tip.addObject().put("field", "low").put("format", ",.0f").put("title", "10%");
    tip.addObject().put("field", "high").put("format", ",.0f").put("title", "90%");
    return new Chart("scenarios-deaths", spec);
  }

  Chart postureChart() {
    ObjectNode spec = VegaJson.object();
    spec.put("description", "Foreign troops by role over time, one panel per policy");
    spec.putObject("title").put("text", "Foreign troops by role (mean over paths)");
    ArrayNode rows = spec.putObject("data").putArray("values");
    for (PolicyOutcome o : comparison.outcomes()) {
      for (int s = 0; s < o.months().length(); s++) {
        for (Role r : Role.values()) {
          rows.addObject()
              .put("policy", o.policy().name())
              .put("month", VegaJson.date(o.months().monthAt(s)))
              .put("role", r.key())
              .put("troops", o.troops(s, r));
        }
      }
    }
    spec.putObject("facet")
        .put("field", "policy")
        .put("type", "nominal")
        .putNull("title")
        .set("sort", VegaJson.strings(names()));
    spec.put("columns", 3);
    ObjectNode inner = spec.putObject("spec");
    inner.put("width", 180).put("height", 110);
    RoleAreaEncoding.apply(inner, null);
    return new Chart("scenarios-posture", spec);
  }

  /** One bar per assumption and policy: median deaths with it at its low and its high end. */
  Chart tornadoChart() {
    ObjectNode spec = VegaJson.object();
    spec.put(
        "description",
        "Sensitivity: each policy's median deaths with one assumption at its low and high end");
    spec.putObject("title")
        .put("text", "Sensitivity: median deaths with each assumption at its low and high end");
    spec.put("width", 420).put("height", 30 * comparison.sensitivity().size());
    ArrayNode rows = spec.putObject("data").putArray("values");
    for (Sensitivity s : comparison.sensitivity()) {
      for (int i = 0; i < s.policies().size(); i++) {
        rows.addObject()
            .put(
                "assumption",
                s.assumption().name() + (s.changesRanking() ? " (changes ranking)" : ""))
            .put("policy", s.policies().get(i))
            .put("low", Math.min(s.atLow()[i], s.atHigh()[i]))
            .put("high", Math.max(s.atLow()[i], s.atHigh()[i]))
            .put("at_low", s.atLow()[i])
            .put("at_high", s.atHigh()[i]);
      }
    }
    spec.putObject("mark").put("type", "bar").put("height", 3);
    ObjectNode enc = spec.putObject("encoding");
    List<String> order = new ArrayList<>();
    for (Sensitivity s : comparison.sensitivity()) {
      order.add(s.assumption().name() + (s.changesRanking() ? " (changes ranking)" : ""));
    }
    ObjectNode y =
        enc.putObject("y").put("field", "assumption").put("type", "nominal").putNull("title");
    y.set("sort", VegaJson.strings(order));
    y.putObject("axis").put("labelLimit", 320);
    enc.putObject("yOffset").put("field", "policy").set("sort", VegaJson.strings(names()));
    enc.putObject("x")
        .put("field", "low")
        .put("type", "quantitative")
        .put("title", "Median deaths over the run");
    enc.putObject("x2").put("field", "high");
    colour(enc);
    ArrayNode tip = enc.putArray("tooltip");
    tip.addObject().put("field", "assumption").put("title", "Assumption");
    tip.addObject().put("field", "policy").put("title", "Policy");
    tip.addObject().put("field", "at_low").put("format", ",.0f").put("title", "At its low end");
    tip.addObject().put("field", "at_high").put("format", ",.0f").put("title", "At its high end");
    return new Chart("scenarios-tornado", spec);
  }

  @Override
  public List<Chart> charts() {
    List<Chart> out = new ArrayList<>(List.of(deathsChart(), postureChart()));
    if (!comparison.sensitivity().isEmpty()) {
      out.add(tornadoChart());
    }
    return out;
  }

  Table summary() {
    Table.Builder t =
        Table.builder(
            "Each policy over the run, over " + comparison.outcomes().get(0).pathCount() + " paths",
            "Policy",
            "Deaths, median",
            "80% interval",
            "Foreign troop-months",
            "Partners' share",
            "Regions transferred",
            "Relapses",
            "Chance of a relapse");
    for (PolicyOutcome o : comparison.outcomes()) {
      t.row(
          Table.Cell.text(o.policy().name()),
          Table.Cell.count(Math.round(o.totalDeaths(0.5))),
          Table.Cell.text(
                  Format.number(Math.round(o.totalDeaths(PolicyOutcome.LOWER)))
                      + "\u2013"
                      + Format.number(Math.round(o.totalDeaths(PolicyOutcome.UPPER))))
              .withClass("num"),
          Table.Cell.count(Math.round(o.troopMonths())),
          Table.Cell.text(OutlookFigures.percent(o.partnerShare())).withClass("num"),
          Table.Cell.number(o.regionsTransferred()),
          Table.Cell.number(o.relapses()),
          Table.Cell.text(OutlookFigures.percent(o.anyRelapse())).withClass("num"));
    }
    return t.build();
  }

  Table postureTable() {
    String[] header = new String[Role.values().length + 1];
    header[0] = "Policy";
    for (Role r : Role.values()) {
      header[r.ordinal() + 1] = r.key();
    }
    Table.Builder t = Table.builder("Foreign troop-months by role (mean over paths)", header);
    for (PolicyOutcome o : comparison.outcomes()) {
      Table.Cell[] cells = new Table.Cell[Role.values().length + 1];
      cells[0] = Table.Cell.text(o.policy().name());
      for (Role r : Role.values()) {
        cells[r.ordinal() + 1] = Table.Cell.count(Math.round(o.troopMonths(r)));
      }
      t.row(cells);
    }
    return t.build();
  }

  Table assumptions() {
    Table.Builder t =
        Table.builder(
            "The assumptions of the effects model and the training pipeline (docs/scenarios.md)",
            "Assumption",
            "Value",
            "Range",
            "Unit",
            "Source");
    for (Assumption a : comparison.outcomes().get(0).assumptions().all()) {
      t.row(
          Table.Cell.text(a.name()),
          Table.Cell.number(a.value()),
          Table.Cell.text(
              a.varies() ? Format.number(a.low()) + " to " + Format.number(a.high()) : "fixed"),
          Table.Cell.text(a.unit()),
          Table.Cell.text(a.source()));
    }
    return t.build();
  }

  Table sensitivityTable() {
    Table.Builder t =
        Table.builder(
            "Which assumptions change the ranking (fewest deaths first), "
                + comparison.sensitivityPaths()
                + " paths per run",
            "Assumption",
            "Range",
            "Changes the ranking",
            "Ranking at its low end",
            "Ranking at its high end");
    for (Sensitivity s : comparison.sensitivity()) {
      t.row(
          Table.Cell.text(s.assumption().name()),
          Table.Cell.text(
              Format.number(s.assumption().low()) + " to " + Format.number(s.assumption().high())),
          Table.Cell.text(s.changesRanking() ? "yes" : "no"),
          Table.Cell.text(String.join(" < ", s.rankingAtLow())),
          Table.Cell.text(String.join(" < ", s.rankingAtHigh())));
    }
    return t.build();
  }

  @Override
  public String bodyHtml() {
    PolicyOutcome first = comparison.outcomes().get(0);
    StringBuilder h = new StringBuilder();
    h.append(
        "<p class=\"notice\" data-scenarios=\"caveat\"><strong>The outcomes below depend on the"
            + " stated assumptions</strong> of the effects model (the table of assumptions, and"
            + " docs/scenarios.md): they show what the model implies under them, not what a policy"
            + " would have done. Status quo (the posture held, no transfers) is the reference every"
            + " effect is measured against; with every effect at zero all policies draw the same"
            + " deaths.</p>\n");
    h.append("<p>")
        .append(comparison.outcomes().size())
        .append(" policies simulated from ")
        .append(Html.escape(Format.month(first.months().first())))
        .append(" to ")
        .append(Html.escape(Format.month(first.months().last())))
        .append(" on ")
        .append(first.pathCount())
        .append(" sample paths each (seed ")
        .append(first.seed())
        .append(
            "), the same paths for every policy, each path drawing the assumptions from their"
                + " ranges.</p>\n");
    if (posture.illustrative()) {
      h.append("<p class=\"notice illustrative-note\">")
          .append(Html.escape(Illustrative.LABEL))
          .append(": ")
          .append(Html.escape(posture.method()))
          .append("</p>\n");
    }
    h.append("<ul data-scenarios=\"policies\">");
    for (PolicyOutcome o : comparison.outcomes()) {
      h.append("<li><strong>")
          .append(Html.escape(o.policy().name()))
          .append("</strong>: ")
          .append(Html.escape(o.policy().title()))
          .append(" <span class=\"note\">(")
          .append(Html.escape(o.policy().source()))
          .append(")</span>");
      o.policy()
          .quote()
          .ifPresent(
              q -> h.append("<br><q>").append(Html.escape(q.replace("\"", ""))).append("</q>"));
      h.append("<ul>");
      for (PolicyRule r : o.policy().rules()) {
        h.append("<li>").append(Html.escape(r.describe())).append("</li>");
      }
      h.append("</ul></li>");
    }
    h.append("</ul>\n");
    h.append(
        new Figure(deathsChart(), "Deaths per month by policy, median and 80% band", summary())
            .html());
    h.append(
        new Figure(postureChart(), "Foreign troops by role over time, per policy", postureTable())
            .htmlWithFoldedTable("Troop-months by role"));
    if (!comparison.sensitivity().isEmpty()) {
      h.append(
          new Figure(
                  tornadoChart(),
                  "Sensitivity: each policy's median deaths between an assumption's low and high end",
                  sensitivityTable())
              .html());
    }
    h.append(assumptions().html());
    return h.toString();
  }
}
