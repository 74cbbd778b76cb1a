package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.scenario.Assumption;
import org.handover.engine.scenario.BandCoverage;
import org.handover.engine.scenario.Comparison;
import org.handover.engine.scenario.PolicyOutcome;
import org.handover.engine.scenario.PolicyRule;
import org.handover.engine.scenario.Role;
import org.handover.engine.scenario.Sensitivity;
import org.handover.engine.scenario.StartingPosture;
import org.handover.io.csv.SafeCsv;

/**
 * Policies side by side (docs/scenarios.md): a table, a JSON document or CSV rows. Every form says
 * that the outcomes depend on the stated assumptions, lists them, and labels the illustrative
 * posture split.
 */
public final class ComparePolicyOutput {
  /** The months of the run shown in the table's time columns: every 6th, and the last. */
  private static final int EVERY = 6;

  private ComparePolicyOutput() {}

  /**
   * The check against what happened: each policy's 80% band coverage of the observed deaths per
   * region and month, and the plain forecast's on the same region-months.
   */
  public record Coverage(Map<String, BandCoverage> byPolicy, BandCoverage forecast) {
    public Coverage {
      byPolicy = Collections.unmodifiableMap(new LinkedHashMap<>(byPolicy));
    }
  }

  public static void print(
      OutputFormat format,
      Comparison c,
      StartingPosture posture,
      Optional<Coverage> coverage,
      Provenance provenance,
      PrintWriter out) {
    switch (format) {
      case table -> table(c, posture, coverage, provenance, TerminalText.safe(out));
      case json -> Json.print(json(c, posture, coverage, provenance), out);
      case csv -> csv(c, posture, coverage, provenance, out);
    }
  }

  private static String coverageLine(String name, BandCoverage b) {
    return String.format(
        Locale.ROOT,
        "  %-28s %s of %d region-months inside the 80%% band",
        name,
        Double.isNaN(b.share()) ? "-" : pct(b.share()),
        b.counted());
  }

  static String caveat(StartingPosture posture) {
    return "Outcomes depend on the stated assumptions of the effects model (listed below); they are"
        + " what the model implies under them, not predictions of what a policy would do."
        + (posture.illustrative() ? " ILLUSTRATIVE posture: " + posture.method() : "");
  }

  private static void table(
      Comparison c,
      StartingPosture posture,
      Optional<Coverage> coverage,
      Provenance provenance,
      PrintWriter w) {
    PolicyOutcome first = c.outcomes().get(0);
    w.printf(
        "Policy comparison: %s..%s (%d months), %d paths per policy, seed %d%n",
        first.months().first(),
        first.months().last(),
        first.months().length(),
        first.pathCount(),
        first.seed());
    IllustrativeBanner.restingOn("conditions", provenance, w);
    w.println(caveat(posture));
    w.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "policy",
          "deaths, median (80% interval)",
          "troop-months",
          "partners' share",
          "transferred",
          "relapses",
          "P(relapse)"
        });
    for (PolicyOutcome o : c.outcomes()) {
      rows.add(
          new String[] {
            o.policy().name(),
            n(o.totalDeaths(0.5))
                + " ("
                + n(o.totalDeaths(PolicyOutcome.LOWER))
                + "-"
                + n(o.totalDeaths(PolicyOutcome.UPPER))
                + ")",
            n(o.troopMonths()),
            pct(o.partnerShare()),
            one(o.regionsTransferred()),
            one(o.relapses()),
            pct(o.anyRelapse())
          });
    }
    AlignedColumns.print(rows, w);
    w.println();
    w.println("National deaths per month, median (80% interval):");
    rows = new ArrayList<>();
    List<Integer> steps = steps(first.months().length());
    String[] head = new String[steps.size() + 1];
    head[0] = "policy";
    for (int i = 0; i < steps.size(); i++) {
      head[i + 1] = first.months().monthAt(steps.get(i)).toString();
    }
    rows.add(head);
    for (PolicyOutcome o : c.outcomes()) {
      String[] row = new String[steps.size() + 1];
      row[0] = o.policy().name();
      for (int i = 0; i < steps.size(); i++) {
        int s = steps.get(i);
        row[i + 1] =
            n(o.deaths(s, 0.5))
                + " ("
                + n(o.deaths(s, PolicyOutcome.LOWER))
                + "-"
                + n(o.deaths(s, PolicyOutcome.UPPER))
                + ")";
      }
      rows.add(row);
    }
    AlignedColumns.print(rows, w);
    w.println();
    w.println("Regions by decided stage (mean over paths), at the same months:");
    rows = new ArrayList<>();
    rows.add(head);
    for (PolicyOutcome o : c.outcomes()) {
      String[] row = new String[steps.size() + 1];
      row[0] = o.policy().name();
      for (int i = 0; i < steps.size(); i++) {
        row[i + 1] = stages(o, steps.get(i));
      }
      rows.add(row);
    }
    AlignedColumns.print(rows, w);
    w.println();
    w.println("Foreign troop-months by role (mean over paths):");
    rows = new ArrayList<>();
    String[] roleHead = new String[Role.values().length + 1];
    roleHead[0] = "policy";
    for (Role r : Role.values()) {
      roleHead[r.ordinal() + 1] = r.key();
    }
    rows.add(roleHead);
    for (PolicyOutcome o : c.outcomes()) {
      String[] row = new String[Role.values().length + 1];
      row[0] = o.policy().name();
      for (Role r : Role.values()) {
        row[r.ordinal() + 1] = n(o.troopMonths(r));
      }
      rows.add(row);
    }
    AlignedColumns.print(rows, w);
    w.println();
    w.println("Burden share by nation (share of foreign troop-months):");
    rows = new ArrayList<>();
    List<String> nations = first.nations();
    String[] nationHead = new String[nations.size() + 1];
    nationHead[0] = "policy";
    for (int i = 0; i < nations.size(); i++) {
      nationHead[i + 1] = nations.get(i);
    }
    rows.add(nationHead);
    for (PolicyOutcome o : c.outcomes()) {
      String[] row = new String[nations.size() + 1];
      row[0] = o.policy().name();
      for (int i = 0; i < nations.size(); i++) {
        row[i + 1] = pct(o.burdenShare(i));
      }
      rows.add(row);
    }
    AlignedColumns.print(rows, w);
    w.println();
    w.println("Transfers in the run: median month (share of paths), and relapse share:");
    rows = new ArrayList<>();
    String[] regionHead = new String[c.outcomes().size() + 1];
    regionHead[0] = "region";
    for (int i = 0; i < c.outcomes().size(); i++) {
      regionHead[i + 1] = c.outcomes().get(i).policy().name();
    }
    rows.add(regionHead);
    for (int r = 0; r < first.regions().size(); r++) {
      String[] row = new String[c.outcomes().size() + 1];
      row[0] = first.regions().get(r).name();
      for (int i = 0; i < c.outcomes().size(); i++) {
        PolicyOutcome o = c.outcomes().get(i);
        double share = o.transferShare(r);
        String month = o.medianTransfer(r).map(Object::toString).orElse("-");
        row[i + 1] =
            (share == 0 ? "-" : month + " (" + pct(share) + ")")
                + (o.relapseShare(r) > 0 ? " r" + pct(o.relapseShare(r)) : "");
      }
      rows.add(row);
    }
    AlignedColumns.print(rows, w);
    w.println();
    w.println("Policies:");
    for (PolicyOutcome o : c.outcomes()) {
      w.println("  " + o.policy().name() + ": " + o.policy().title());
      w.println("    source: " + o.policy().source());
      for (PolicyRule rule : o.policy().rules()) {
        w.println("    - " + rule.describe());
      }
      if (o.policy().rules().isEmpty()) {
        w.println("    - the posture held where it stands; no transfers");
      }
    }
    w.println();
    w.println("Assumptions (each path draws every ranged value from a triangular distribution):");
    rows = new ArrayList<>();
    rows.add(new String[] {"assumption", "value", "range", "unit", "source"});
    for (Assumption a : first.assumptions().all()) {
      rows.add(
          new String[] {
            a.name(),
            num(a.value()),
            a.varies() ? num(a.low()) + ".." + num(a.high()) : "fixed",
            a.unit(),
            a.source()
          });
    }
    AlignedColumns.print(rows, w);
    if (!c.sensitivity().isEmpty()) {
      w.println();
      w.printf(
          "Sensitivity (%d paths per run; each assumption at its low and high end, the others at"
              + " their values): median deaths per policy%n",
          c.sensitivityPaths());
      rows = new ArrayList<>();
      rows.add(new String[] {"assumption", "changes ranking", "swing", "at low", "at high"});
      for (Sensitivity s : c.sensitivity()) {
        rows.add(
            new String[] {
              s.assumption().name()
                  + " ("
                  + num(s.assumption().low())
                  + ".."
                  + num(s.assumption().high())
                  + ")",
              s.changesRanking() ? "yes" : "no",
              n(s.swing()),
              String.join(" < ", s.rankingAtLow()),
              String.join(" < ", s.rankingAtHigh())
            });
      }
      AlignedColumns.print(rows, w);
      w.println(
          "Ranking with every assumption at its value: "
              + String.join(" < ", c.sensitivity().get(0).rankingInMiddle()));
    }
    if (coverage.isPresent()) {
      w.println();
      w.println("Against what happened: observed deaths per region and month (where observed):");
      coverage.get().byPolicy().forEach((name, b) -> w.println(coverageLine(name, b)));
      w.println(coverageLine("plain forecast", coverage.get().forecast()));
    }
    w.flush();
  }

  private static ObjectNode json(
      Comparison c, StartingPosture posture, Optional<Coverage> coverage, Provenance provenance) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    PolicyOutcome first = c.outcomes().get(0);
    root.put("first_month", first.months().first().toString());
    root.put("last_month", first.months().last().toString());
    root.put("paths", first.pathCount());
    root.put("seed", first.seed());
    root.put("caveat", caveat(posture));
    root.put("posture_illustrative", posture.illustrative());
    root.put("posture_method", posture.method());
    ArrayNode nations = root.putArray("nations");
    first.nations().forEach(nations::add);
    ArrayNode policies = root.putArray("policies");
    for (PolicyOutcome o : c.outcomes()) {
      ObjectNode p = policies.addObject();
      p.put("policy", o.policy().name());
      p.put("title", o.policy().title());
      p.put("source", o.policy().source());
      p.put("quote", o.policy().quote().orElse(null));
      ArrayNode rules = p.putArray("rules");
      o.policy().rules().forEach(r -> rules.add(r.describe()));
      ObjectNode total = p.putObject("deaths_total");
      Json.number(total, "median", o.totalDeaths(0.5));
      Json.number(total, "low", o.totalDeaths(PolicyOutcome.LOWER));
      Json.number(total, "high", o.totalDeaths(PolicyOutcome.UPPER));
      ArrayNode months = p.putArray("months");
      for (int s = 0; s < o.months().length(); s++) {
        ObjectNode m = months.addObject();
        m.put("month", o.months().monthAt(s).toString());
        Json.number(m, "deaths_median", o.deaths(s, 0.5));
        Json.number(m, "deaths_low", o.deaths(s, PolicyOutcome.LOWER));
        Json.number(m, "deaths_high", o.deaths(s, PolicyOutcome.UPPER));
        Json.number(m, "foreign_troops", o.foreignTroops(s));
        ObjectNode byRole = m.putObject("foreign_troops_by_role");
        for (Role r : Role.values()) {
          Json.number(byRole, r.key(), o.troops(s, r));
        }
        Json.number(m, "local_forces", o.localForces(s));
        ObjectNode st = m.putObject("regions_by_stage");
        Json.number(st, "not_decided", o.regionsAt(s, -1));
        for (int k = 0; k < o.stages().size(); k++) {
          Json.number(st, o.stages().get(k).id(), o.regionsAt(s, k));
        }
      }
      ObjectNode roles = p.putObject("troop_months_by_role");
      for (Role r : Role.values()) {
        Json.number(roles, r.key(), o.troopMonths(r));
      }
      ObjectNode byNation = p.putObject("troop_months_by_nation");
      ObjectNode share = p.putObject("burden_share");
      for (int i = 0; i < o.nations().size(); i++) {
        Json.number(byNation, o.nations().get(i), o.troopMonthsOfNation(i));
        Json.number(share, o.nations().get(i), o.burdenShare(i));
      }
      Json.number(p, "regions_transferred_mean", o.regionsTransferred());
      Json.number(p, "relapses_mean", o.relapses());
      Json.number(p, "relapse_probability", o.anyRelapse());
      Json.number(p, "rounds_mean", o.meanRounds());
      p.put("rounds_max", o.maxRounds());
      ArrayNode regions = p.putArray("regions");
      for (int r = 0; r < o.regions().size(); r++) {
        ObjectNode reg = regions.addObject();
        reg.put("region", o.regions().get(r).name());
        Json.number(reg, "transfer_share", o.transferShare(r));
        reg.put("transfer_median_month", o.medianTransfer(r).map(Object::toString).orElse(null));
        Json.number(reg, "relapse_share", o.relapseShare(r));
        Json.number(reg, "deaths_mean", o.regionDeaths(r));
      }
    }
    ArrayNode assumptions = root.putArray("assumptions");
    for (Assumption a : first.assumptions().all()) {
      ObjectNode n = assumptions.addObject();
      n.put("name", a.name());
      Json.number(n, "value", a.value());
      Json.number(n, "low", a.low());
      Json.number(n, "high", a.high());
      n.put("unit", a.unit());
      n.put("meaning", a.meaning());
      n.put("source", a.source());
    }
    if (!c.sensitivity().isEmpty()) {
      ObjectNode sens = root.putObject("sensitivity");
      sens.put("paths", c.sensitivityPaths());
      ArrayNode rows = sens.putArray("assumptions");
      for (Sensitivity s : c.sensitivity()) {
        ObjectNode n = rows.addObject();
        n.put("assumption", s.assumption().name());
        n.put("changes_ranking", s.changesRanking());
        Json.number(n, "swing", s.swing());
        ArrayNode per = n.putArray("policies");
        for (int i = 0; i < s.policies().size(); i++) {
          ObjectNode q = per.addObject();
          q.put("policy", s.policies().get(i));
          Json.number(q, "median_deaths", s.middle()[i]);
          Json.number(q, "at_low", s.atLow()[i]);
          Json.number(q, "at_high", s.atHigh()[i]);
        }
      }
    }
    if (coverage.isPresent()) {
      ObjectNode cov = root.putObject("coverage_80");
      coverage
          .get()
          .byPolicy()
          .forEach(
              (name, b) -> {
                ObjectNode n = cov.putObject(name);
                Json.number(n, "share", b.share());
                n.put("region_months", b.counted());
              });
      ObjectNode n = root.putObject("coverage_80_plain_forecast");
      Json.number(n, "share", coverage.get().forecast().share());
      n.put("region_months", coverage.get().forecast().counted());
    }
    root.set("provenance", Json.provenance(provenance));
    return root;
  }

  private static void csv(
      Comparison c,
      StartingPosture posture,
      Optional<Coverage> coverage,
      Provenance provenance,
      PrintWriter w) {
    SafeCsv out = Csv.on(w);
    out.record("policy", "measure", "month", "key", "value", "low", "high", "illustrative_posture");
    String ill = Boolean.toString(posture.illustrative());
    for (PolicyOutcome o : c.outcomes()) {
      String p = o.policy().name();
      out.record(
          p,
          "deaths_total",
          "",
          "",
          num(o.totalDeaths(0.5)),
          num(o.totalDeaths(PolicyOutcome.LOWER)),
          num(o.totalDeaths(PolicyOutcome.UPPER)),
          ill);
      for (int s = 0; s < o.months().length(); s++) {
        String m = o.months().monthAt(s).toString();
        out.record(
            p,
            "deaths",
            m,
            "",
            num(o.deaths(s, 0.5)),
            num(o.deaths(s, PolicyOutcome.LOWER)),
            num(o.deaths(s, PolicyOutcome.UPPER)),
            ill);
        out.record(p, "foreign_troops", m, "", num(o.foreignTroops(s)), "", "", ill);
        out.record(p, "local_forces", m, "", num(o.localForces(s)), "", "", ill);
        out.record(p, "regions_at_stage", m, "not_decided", num(o.regionsAt(s, -1)), "", "", ill);
        for (int k = 0; k < o.stages().size(); k++) {
          Stage st = o.stages().get(k);
          out.record(p, "regions_at_stage", m, st.id(), num(o.regionsAt(s, k)), "", "", ill);
        }
      }
      for (Role r : Role.values()) {
        out.record(p, "troop_months_by_role", "", r.key(), num(o.troopMonths(r)), "", "", ill);
      }
      for (int i = 0; i < o.nations().size(); i++) {
        out.record(
            p,
            "troop_months_by_nation",
            "",
            o.nations().get(i),
            num(o.troopMonthsOfNation(i)),
            "",
            "",
            ill);
        out.record(p, "burden_share", "", o.nations().get(i), num(o.burdenShare(i)), "", "", ill);
      }
      out.record(p, "regions_transferred_mean", "", "", num(o.regionsTransferred()), "", "", ill);
      out.record(p, "relapses_mean", "", "", num(o.relapses()), "", "", ill);
      out.record(p, "relapse_probability", "", "", num(o.anyRelapse()), "", "", ill);
      out.record(p, "rounds_mean", "", "", num(o.meanRounds()), "", "", ill);
      for (int r = 0; r < o.regions().size(); r++) {
        String region = o.regions().get(r).name();
        out.record(p, "transfer_share", "", region, num(o.transferShare(r)), "", "", ill);
        out.record(
            p,
            "transfer_median_month",
            o.medianTransfer(r).map(Object::toString).orElse(""),
            region,
            "",
            "",
            "",
            ill);
        out.record(p, "relapse_share", "", region, num(o.relapseShare(r)), "", "", ill);
        out.record(p, "deaths_mean", "", region, num(o.regionDeaths(r)), "", "", ill);
      }
    }
    for (Assumption a : c.outcomes().get(0).assumptions().all()) {
      out.record("", "assumption", "", a.name(), num(a.value()), num(a.low()), num(a.high()), ill);
    }
    for (Sensitivity s : c.sensitivity()) {
      for (int i = 0; i < s.policies().size(); i++) {
        out.record(
            s.policies().get(i),
            "sensitivity",
            "",
            s.assumption().name(),
            num(s.middle()[i]),
            num(s.atLow()[i]),
            num(s.atHigh()[i]),
            ill);
      }
    }
    if (coverage.isPresent()) {
      for (var e : coverage.get().byPolicy().entrySet()) {
        out.record(
            e.getKey(),
            "coverage_80",
            "",
            "region_months " + e.getValue().counted(),
            num(e.getValue().share()),
            "",
            "",
            ill);
      }
      BandCoverage f = coverage.get().forecast();
      out.record(
          "",
          "coverage_80_plain_forecast",
          "",
          "region_months " + f.counted(),
          num(f.share()),
          "",
          "",
          ill);
    }
    Csv.flush(out, w);
  }

  private static String stages(PolicyOutcome o, int step) {
    List<String> parts = new ArrayList<>();
    double none = o.regionsAt(step, -1);
    if (none > 0) {
      parts.add("none " + one(none));
    }
    for (int k = 0; k < o.stages().size(); k++) {
      double n = o.regionsAt(step, k);
      if (n > 0) {
        parts.add(abbreviation(o.stages().get(k)) + " " + one(n));
      }
    }
    return String.join(", ", parts);
  }

  private static String abbreviation(Stage s) {
    StringBuilder b = new StringBuilder();
    for (String part : s.id().split("_")) {
      if (!part.isEmpty()) {
        b.append(part.charAt(0));
      }
    }
    return b.toString();
  }

  static List<Integer> steps(int months) {
    List<Integer> out = new ArrayList<>();
    for (int s = EVERY - 1; s < months; s += EVERY) {
      out.add(s);
    }
    if (out.isEmpty() || out.get(out.size() - 1) != months - 1) {
      out.add(months - 1);
    }
    return out;
  }

  /** A count, rounded to a whole number with thousands separators. */
  private static String n(double x) {
    return String.format(Locale.ROOT, "%,d", Math.round(x));
  }

  private static String one(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String num(double x) {
    return org.handover.engine.benchmark.Numbers.format(x);
  }
}
