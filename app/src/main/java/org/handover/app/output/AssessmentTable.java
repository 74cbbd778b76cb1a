package org.handover.app.output;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.provenance.Provenance;

/** An assessment for people at a terminal: a stage summary, then each region's conditions and benchmarks. */
public final class AssessmentTable {
  private static final String ROW = "  %-34s %10s %12s %9s %5s  %-8s %s%n";

  private AssessmentTable() {}

  public static void print(Assessment a, List<String> stageOrder, PrintWriter out) {
    Provenance p = a.provenance();
    out.printf("Assessment as of %s, benchmark set %s %s (sha256 %s), %s%n", a.asOf(), p.benchmarkSetName(),
        p.benchmarkSetVersion(), abbreviate(p.benchmarkSetSha256()), p.programVersion());
    if (p.usesIllustrativeData()) {
      out.printf("ILLUSTRATIVE DATA: %s are not observed figures (see data/README.md); verdicts on them are marked *.%n",
          String.join(", ", p.illustrative()));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    stageOrder.forEach(s -> counts.put(s, 0));
    a.regions().forEach(r -> counts.merge(r.stage().id(), 1, Integer::sum));
    out.println();
    out.println("Regions by stage:");
    counts.forEach((stage, n) -> out.printf("  %-16s %3d%n", stage, n));
    for (RegionAssessment r : a.regions()) {
      out.println();
      out.printf("%s: %s%s%n", r.region().name(), r.stage().id(),
          r.nextStage().map(n -> r.blockedBy().isEmpty() ? "" : " (" + n.id() + " needs " + String.join(", ", r.blockedBy()) + ")")
              .orElse(" (last stage)"));
      out.printf(ROW, "condition / benchmark", "value", "threshold", "margin", "held", "status", "explanation");
      for (ConditionVerdict c : r.conditions()) {
        out.printf(ROW, c.condition().id() + " [" + c.condition().combination().describe(c.benchmarks().size()) + "]", "", "",
            "", "", c.status().label(), "");
        for (BenchmarkVerdict v : c.benchmarks()) {
          out.printf(ROW, "  " + v.benchmark().id() + (v.illustrative() ? " *" : ""), Numbers.format(v.value()),
              v.benchmark().comparison().symbol() + " " + Numbers.format(v.threshold()), Numbers.format(v.margin()),
              v.monthsHeld() + "/" + v.benchmark().heldFor(), v.status().label(), v.explanation());
        }
      }
    }
    out.println();
    out.println("Inputs: " + String.join(", ", p.inputs().stream().map(i -> i.name() + " " + abbreviate(i.sha256())).toList()));
    out.flush();
  }

  static String abbreviate(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }
}
