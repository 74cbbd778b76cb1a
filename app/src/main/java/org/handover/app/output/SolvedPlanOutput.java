package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handover.engine.plan.Binding;
import org.handover.engine.plan.PlanConstraints;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.plan.RegionPlan;
import org.handover.engine.plan.SolvedPlan;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.scenario.Role;
import org.handover.io.csv.SafeCsv;

/**
 * A solved plan: each region's month, tranche and what binds it, the objective with its proven
 * bound, and the foreign posture that follows, as a table, a JSON document or CSV rows. The JSON is
 * deterministic (same inputs and seed, same bytes): the plan store keeps and hashes it as it is.
 */
public final class SolvedPlanOutput {
  private SolvedPlanOutput() {}

  /**
   * @param posture how the posture was made (shown beside it: it is illustrative)
   */
  public static void print(
      OutputFormat format,
      SolvedPlan plan,
      String posture,
      Provenance provenance,
      PrintWriter out) {
    switch (format) {
      case table -> table(plan, posture, provenance, TerminalText.safe(out));
      case json -> Json.print(json(plan, posture, provenance), out);
      case csv -> csv(plan, provenance, out);
    }
  }

  private static void table(SolvedPlan plan, String posture, Provenance provenance, PrintWriter w) {
    PlanConstraints c = plan.problem().constraints();
    w.printf(
        "Plan %s over %s (%d months): %s, objective %s, best bound %s, gap %s%n",
        c.name(),
        plan.months(),
        plan.months().length(),
        plan.status().name().toLowerCase(Locale.ROOT),
        num(plan.objective()),
        num(plan.bound()),
        pct1(plan.gap()));
    IllustrativeBanner.restingOn("the readiness and relapse risks", provenance, w);
    w.println("ILLUSTRATIVE POSTURE: " + posture);
    double[] parts = plan.parts();
    w.printf(
        Locale.ROOT,
        "Expected relapses %.2f, foreign troop-months %,.0f, months of delay %.0f, regions unmoved"
            + " %.0f%n",
        parts[0],
        parts[1],
        parts[2],
        parts[3]);
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {
          "region",
          "from",
          "to",
          "month",
          "tranche",
          "P(ready)",
          "P(relapse)",
          "not earlier",
          "not later"
        });
    for (RegionPlan l : plan.lines()) {
      cells.add(
          new String[] {
            l.region().name(),
            l.fromStage(),
            l.toStage(),
            l.decided() ? "decided" : l.month().map(Object::toString).orElse("not within"),
            l.tranche() == 0 ? "-" : Integer.toString(l.tranche()),
            prob(l.readyBy()),
            prob(l.relapse()),
            binds(l.earlier()),
            binds(l.later())
          });
    }
    AlignedColumns.print(cells, w);
    w.println();
    w.println(
        "Foreign troops by role (illustrative split), the first month of each tranche and the last:");
    List<Integer> shown = new ArrayList<>();
    shown.add(0);
    for (PlannedTransition t : plan.transitions()) {
      int m = plan.months().offsetOf(t.month());
      if (!shown.contains(m)) {
        shown.add(m);
      }
    }
    int last = plan.months().length() - 1;
    if (!shown.contains(last)) {
      shown.add(last);
    }
    shown.sort(Integer::compare);
    List<String[]> posture2 = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("month"));
    for (Role role : Role.values()) {
      head.add(role.key());
    }
    head.add("total");
    posture2.add(head.toArray(new String[0]));
    for (int m : shown) {
      List<String> row = new ArrayList<>(List.of(plan.month(m).toString()));
      for (Role role : Role.values()) {
        row.add(String.format(Locale.ROOT, "%,.0f", plan.roleTotal(m, role)));
      }
      row.add(String.format(Locale.ROOT, "%,.0f", plan.total(m)));
      posture2.add(row.toArray(new String[0]));
    }
    AlignedColumns.print(posture2, w);
    w.flush();
  }

  private static String binds(List<Binding> bindings) {
    return bindings.stream().map(Binding::describe).collect(Collectors.joining("; "));
  }

  private static String prob(double v) {
    return Double.isNaN(v) ? "-" : Math.round(100 * v) + "%";
  }

  private static String pct1(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** One row per region: what the store's transitions and a spreadsheet need. */
  private static void csv(SolvedPlan plan, Provenance provenance, PrintWriter w) {
    SafeCsv csv = Csv.on(w);
    csv.record(
        "region",
        "from_stage",
        "to_stage",
        "month",
        "tranche",
        "decided",
        "p_ready_by",
        "p_relapse",
        "cost",
        "not_earlier",
        "not_later",
        "status",
        "illustrative_inputs");
    String inputs = Csv.illustrativeInputs(provenance.illustrative());
    for (RegionPlan l : plan.lines()) {
      csv.record(
          l.region().name(),
          l.fromStage(),
          l.toStage(),
          l.month().map(Object::toString).orElse(""),
          l.tranche() == 0 ? "" : Integer.toString(l.tranche()),
          Boolean.toString(l.decided()),
          Double.isNaN(l.readyBy()) ? "" : Csv.cell(l.readyBy()),
          Double.isNaN(l.relapse()) ? "" : Csv.cell(l.relapse()),
          Csv.cell(l.cost()),
          binds(l.earlier()),
          binds(l.later()),
          plan.status().name().toLowerCase(Locale.ROOT),
          inputs);
    }
    Csv.flush(csv, w);
  }

  /** The document the plan store keeps: settings, objective, transitions, lines, posture. */
  public static ObjectNode json(SolvedPlan plan, String posture, Provenance provenance) {
    PlanConstraints c = plan.problem().constraints();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("plan", c.name())
        .put("first_month", plan.months().first().toString())
        .put("last_month", plan.months().last().toString())
        .put("horizon", plan.months().length())
        .put("status", plan.status().name().toLowerCase(Locale.ROOT));
    Json.number(root, "objective", plan.objective());
    Json.number(root, "bound", plan.bound());
    Json.number(root, "gap", plan.gap());
    root.putObject("solver")
        .put("name", "OR-Tools CP-SAT")
        .put("seed", plan.options().seed())
        .put("workers", plan.options().workers())
        .put("deterministic_time_limit", plan.options().timeLimit())
        .put("wall_clock_limit", plan.options().wallLimit());
    double[] parts = plan.parts();
    ObjectNode p = root.putObject("objective_parts");
    Json.number(p, "expected_relapses", parts[0]);
    Json.number(p, "troop_months", parts[1]);
    Json.number(p, "delay_months", parts[2]);
    Json.number(p, "regions_unmoved", parts[3]);
    ObjectNode weights = root.putObject("weights");
    weights
        .put("relapse", c.weights().relapse())
        .put("troop_months_per_1000", c.weights().troopMonths())
        .put("delay", c.weights().delay())
        .put("unmoved", c.weights().unmoved());
    root.put("relapse_window", c.relapseWindow());
    root.put("uses_illustrative_data", true);
    ArrayNode transitions = root.putArray("transitions");
    for (PlannedTransition t : plan.transitions()) {
      transitions
          .addObject()
          .put("region", t.region().name())
          .put("from_stage", t.fromStage())
          .put("to_stage", t.toStage())
          .put("month", t.month().toString())
          .put("tranche", t.tranche());
    }
    ArrayNode regions = root.putArray("regions");
    for (RegionPlan l : plan.lines()) {
      ObjectNode r =
          regions
              .addObject()
              .put("region", l.region().name())
              .put("from_stage", l.fromStage())
              .put("to_stage", l.toStage());
      if (l.month().isPresent()) {
        r.put("month", l.month().get().toString());
      } else {
        r.putNull("month");
      }
      r.put("tranche", l.tranche()).put("decided", l.decided());
      Json.number(r, "p_ready_by", l.readyBy());
      Json.number(r, "p_relapse", l.relapse());
      Json.number(r, "cost", l.cost());
      r.set("not_earlier", bindings(l.earlier()));
      r.set("not_later", bindings(l.later()));
    }
    ObjectNode post = root.putObject("posture");
    post.put("illustrative", true).put("method", posture);
    ArrayNode months = post.putArray("months");
    int h = plan.months().length();
    for (int m = 0; m < h; m++) {
      months.add(plan.month(m).toString());
    }
    ArrayNode total = post.putArray("total");
    for (int m = 0; m < h; m++) {
      total.add(Math.round(plan.total(m)));
    }
    ObjectNode byRole = post.putObject("by_role");
    for (Role role : Role.values()) {
      ArrayNode a = byRole.putArray(role.key());
      for (int m = 0; m < h; m++) {
        a.add(Math.round(plan.roleTotal(m, role)));
      }
    }
    ObjectNode byNation = post.putObject("by_nation");
    List<String> nations = plan.problem().nations();
    for (int n = 0; n < nations.size(); n++) {
      ArrayNode a = byNation.putArray(nations.get(n));
      for (int m = 0; m < h; m++) {
        a.add(Math.round(plan.nationTotal(m, n)));
      }
    }
    ObjectNode byRegion = post.putObject("by_region");
    for (int r = 0; r < plan.lines().size(); r++) {
      ArrayNode a = byRegion.putArray(plan.lines().get(r).region().name());
      for (int m = 0; m < h; m++) {
        a.add(Math.round(plan.regionTotal(m, r)));
      }
    }
    if (c.capacity().isPresent()) {
      ArrayNode advisers = post.putArray("advisers_needed");
      ArrayNode trainers = post.putArray("trainers_needed");
      for (int m = 0; m < h; m++) {
        long[] need = plan.advisersAndTrainers(m);
        advisers.add(need[0]);
        trainers.add(need[1]);
      }
      post.put("advisers_available", plan.problem().advisersAvailable())
          .put("trainers_available", plan.problem().trainersAvailable());
    }
    root.set("provenance", Json.provenance(provenance));
    return root;
  }

  private static ArrayNode bindings(List<Binding> list) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Binding b : list) {
      a.addObject().put("kind", b.kind().key()).put("detail", b.detail());
    }
    return a;
  }
}
