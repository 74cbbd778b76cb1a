package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.decision.Recommendation;
import org.handover.engine.provenance.Provenance;
import org.handover.io.csv.SafeCsv;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.Standings;
import org.handover.io.export.Standings.Standing;

/**
 * An assessment as a table for people, a JSON document or CSV rows: every verdict with its numbers
 * and the provenance.
 */
public final class AssessmentOutput {
  private static final String ROW = "  %-34s %10s %12s %9s %5s  %-8s %s%n";

  private AssessmentOutput() {}

  /**
   * @param stageOrder the benchmark set's stages, lowest first: the table counts regions in this
   *     order
   * @param standings each region's recommendation and decided status, shown beside the conditions
   *     met
   */
  public static void print(
      OutputFormat format,
      Assessment a,
      List<String> stageOrder,
      Standings standings,
      PrintWriter out) {
    switch (format) {
      case table -> table(a, stageOrder, standings, TerminalText.safe(out));
      case json -> Json.print(json(a, standings), out);
      case csv -> csv(a, standings, out);
    }
  }

  /** For people at a terminal: a stage summary, then each region's conditions and benchmarks. */
  static void table(Assessment a, List<String> stageOrder, Standings standings, PrintWriter out) {
    Provenance p = a.provenance();
    out.printf(
        "Assessment as of %s, benchmark set %s %s (sha256 %s), %s%n",
        a.asOf(),
        p.benchmarkSetName(),
        p.benchmarkSetVersion(),
        abbreviate(p.benchmarkSetSha256()),
        p.programVersion());
    IllustrativeBanner.markedVerdicts(p, out);
    Map<String, Integer> counts = new LinkedHashMap<>();
    stageOrder.forEach(s -> counts.put(s, 0));
    a.regions().forEach(r -> counts.merge(r.stage().id(), 1, Integer::sum));
    out.println();
    out.println("Regions by stage whose conditions are met:");
    counts.forEach((stage, n) -> out.printf("  %-16s %3d%n", stage, n));
    out.println();
    out.println("Status (decided) and recommendation:");
    a.regions().forEach(r -> out.println("  " + standings.at(r.region(), r.month()).describe()));
    for (RegionAssessment r : a.regions()) {
      Standing s = standings.at(r.region(), r.month());
      out.println();
      out.printf(
          "%s: %s%s%n",
          r.region().name(),
          r.stage().id(),
          r.nextStage()
              .map(
                  n ->
                      r.blockedBy().isEmpty()
                          ? ""
                          : " (" + n.id() + " needs " + String.join(", ", r.blockedBy()) + ")")
              .orElse(" (last stage)"));
      out.println("  conditions met: " + s.conditionsMet());
      out.println(
          "  recommendation: "
              + s.describeRecommendation()
              + "; recommended stage "
              + s.recommendation().recommended().id());
      out.println(
          "  status: "
              + s.describeStatus()
              + s.status().map(st -> ", decision " + st.decision()).orElse(""));
      out.printf(
          ROW,
          "condition / benchmark",
          "value",
          "threshold",
          "margin",
          "held",
          "status",
          "explanation");
      for (ConditionVerdict c : r.conditions()) {
        out.printf(
            ROW,
            c.condition().id()
                + " ["
                + c.condition().combination().describe(c.benchmarks().size())
                + "]",
            "",
            "",
            "",
            "",
            c.status().label(),
            "");
        for (BenchmarkVerdict v : c.benchmarks()) {
          out.printf(
              ROW,
              "  " + v.benchmark().id() + (v.illustrative() ? " *" : ""),
              Numbers.format(v.value()),
              v.benchmark().comparison().symbol() + " " + Numbers.format(v.threshold()),
              Numbers.format(v.margin()),
              v.monthsHeld() + "/" + v.benchmark().heldFor(),
              v.status().label(),
              v.explanation());
        }
      }
    }
    out.println();
    out.println(
        "Inputs: "
            + String.join(
                ", ",
                p.inputs().stream().map(i -> i.name() + " " + abbreviate(i.sha256())).toList()));
    FilterNote.print(p, out);
    out.println("Status: " + statusSource(standings));
    out.flush();
  }

  /** Every verdict with its numbers, explanation and the provenance. */
  static ObjectNode json(Assessment a, Standings standings) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("as_of", a.asOf().toString());
    root.put("uses_illustrative_data", a.provenance().usesIllustrativeData());
    ArrayNode regions = root.putArray("regions");
    for (RegionAssessment r : a.regions()) {
      ObjectNode n = region(r);
      Standing s = standings.at(r.region(), r.month());
      n.setAll(standing(s, r.stageRank()));
      regions.add(n);
    }
    root.set("provenance", Json.provenance(standings.provenance(a.provenance())));
    return root;
  }

  private static ObjectNode region(RegionAssessment r) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("region", r.region().name());
    n.put("month", r.month().toString());
    n.put("stage", r.stage().id());
    n.put("stage_rank", r.stageRank());
    if (r.nextStage().isPresent()) {
      n.put("next_stage", r.nextStage().get().id());
    } else {
      n.putNull("next_stage");
    }
    ArrayNode blocked = n.putArray("blocked_by");
    r.blockedBy().forEach(blocked::add);
    n.put("illustrative", r.illustrative());
    n.put("explanation", r.explanation());
    ArrayNode conditions = n.putArray("conditions");
    for (ConditionVerdict c : r.conditions()) {
      ObjectNode cn = conditions.addObject();
      cn.put("condition", c.condition().id());
      cn.put("name", c.condition().name());
      cn.put("status", c.status().label());
      cn.put("rule", c.condition().combination().describe(c.benchmarks().size()));
      cn.put("explanation", c.explanation());
      ArrayNode bs = cn.putArray("benchmarks");
      for (BenchmarkVerdict v : c.benchmarks()) {
        bs.add(benchmark(v));
      }
    }
    return n;
  }

  /**
   * The three objects each region has in JSON: {@code conditions_met} (the monthly judgement),
   * {@code recommendation} (with hysteresis) and {@code status} (decided; {@code decided: false}
   * where not).
   */
  static ObjectNode standing(Standing s, int metRank) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.putObject("conditions_met").put("stage", s.conditionsMet()).put("stage_rank", metRank);
    Recommendation rec = s.recommendation();
    n.putObject("recommendation")
        .put("state", rec.state().name())
        .put("label", s.recommendationLabel())
        .put("recommended_stage", rec.recommended().id())
        .put("relative_to", rec.baseline().id())
        .put("relative_to_decided", rec.decided())
        .put("since", rec.since().toString())
        .put("months", rec.months())
        .put("conditions_hold", rec.conditionsHold())
        .put("description", s.describeRecommendation());
    ObjectNode st = n.putObject("status").put("decided", s.status().isPresent());
    if (s.status().isPresent()) {
      Standings.Status d = s.status().get();
      st.put("stage", d.stage()).put("since", d.since().toString()).put("decision", d.decision());
    } else {
      st.putNull("stage").putNull("since").putNull("decision");
    }
    st.put("description", s.describeStatus());
    return n;
  }

  /** "decision ledger: decisions imports x.csv 1234abcd..." for a table's footer. */
  static String statusSource(Standings standings) {
    List<String> files =
        standings.ledgerSources().stream()
            .map(i -> i.name() + " " + abbreviate(i.sha256()))
            .toList();
    return "decision ledger"
        + (files.isEmpty()
            ? " (no decisions import)"
            : ", decisions imports " + String.join(", ", files));
  }

  private static ObjectNode benchmark(BenchmarkVerdict v) {
    Benchmark b = v.benchmark();
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("benchmark", b.id());
    n.put("indicator", b.indicator());
    Json.number(n, "value", v.value());
    n.put("comparison", b.comparison().symbol());
    Json.number(n, "threshold", b.threshold());
    Json.number(n, "margin", v.margin());
    n.put("window_months", b.window().months());
    n.put("window_aggregate", b.window().aggregate().name().toLowerCase());
    n.put("months_held", v.monthsHeld());
    n.put("held_for", b.heldFor());
    n.put("status", v.status().label());
    n.put("illustrative", v.illustrative());
    n.put("explanation", v.explanation());
    n.put("justification", b.justification());
    return n;
  }

  /**
   * The rows {@code handover export} writes ({@link AssessmentExport#rows}), with the benchmark set
   * and program version on every row so a copied spreadsheet keeps its provenance.
   */
  static void csv(Assessment a, Standings standings, PrintWriter out) {
    SafeCsv w = Csv.on(out);
    List<String> header = new ArrayList<>(AssessmentExport.COLUMNS);
    header.addAll(AssessmentExport.STANDING_COLUMNS);
    header.addAll(
        List.of(
            "benchmark_set", "benchmark_set_version", "benchmark_set_sha256", "program_version"));
    w.record(header);
    Provenance p = a.provenance();
    for (List<Object> row : AssessmentExport.rows(a, standings)) {
      List<Object> fields = new ArrayList<>();
      row.forEach(v -> fields.add(Csv.cell(v)));
      fields.addAll(
          List.of(
              p.benchmarkSetName(),
              p.benchmarkSetVersion(),
              p.benchmarkSetSha256(),
              p.programVersion()));
      w.record(fields);
    }
    Csv.flush(w, out);
  }

  static String abbreviate(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }
}
