package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Benchmark;

/** An assessment as a JSON document: every verdict with its numbers, explanation and the provenance. */
public final class AssessmentJson {
  private AssessmentJson() {}

  public static ObjectNode of(Assessment a) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("as_of", a.asOf().toString());
    root.put("uses_illustrative_data", a.provenance().usesIllustrativeData());
    ArrayNode regions = root.putArray("regions");
    for (RegionAssessment r : a.regions()) {
      regions.add(region(r));
    }
    root.set("provenance", Json.provenance(a.provenance()));
    return root;
  }

  static ObjectNode region(RegionAssessment r) {
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

  static ObjectNode benchmark(BenchmarkVerdict v) {
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
}
