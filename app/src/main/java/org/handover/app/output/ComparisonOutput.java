package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.handover.engine.decision.DecisionComparison;
import org.handover.engine.decision.RegionComparison;
import org.handover.engine.provenance.Provenance;
import org.handover.io.csv.SafeCsv;

/**
 * A benchmark set's recommendations against what was decided ({@link DecisionComparison}), as a
 * table for people, a JSON document or CSV rows, with the provenance of the assessment behind them.
 */
public final class ComparisonOutput {
  private static final String ROW = "  %-16s %-18s %-10s %6s  %-12s %s%n";
  static final List<String> COLUMNS =
      List.of(
          "region",
          "stage",
          "entry",
          "first_recommended",
          "effective",
          "lead_months",
          "recommended_at_decision",
          "reversals_before");

  private ComparisonOutput() {}

  public static void print(
      OutputFormat format, DecisionComparison c, Provenance p, PrintWriter out) {
    switch (format) {
      case table -> table(c, p, TerminalText.safe(out));
      case json -> Json.print(json(c, p), out);
      case csv -> csv(c, p, out);
    }
  }

  static void table(DecisionComparison c, Provenance p, PrintWriter out) {
    out.printf(
        "Recommendations for %s against the decisions, benchmark set %s %s (sha256 %s), %s%n",
        c.stage(),
        p.benchmarkSetName(),
        p.benchmarkSetVersion(),
        abbreviate(p.benchmarkSetSha256()),
        p.programVersion());
    IllustrativeBanner.restingOn("the recommendations", p, out);
    out.println();
    out.printf(
        ROW, "region", "first recommended", "decided", "lead", "recommended", "reversals before");
    for (RegionComparison r : c.regions()) {
      out.printf(
          ROW,
          r.region().name(),
          r.firstRecommended().map(Object::toString).orElse("never"),
          r.effective(),
          r.lead().isPresent() ? Integer.toString(r.lead().getAsInt()) : "",
          r.recommendedAtDecision() ? "yes" : "no",
          r.reversals());
    }
    out.println();
    long ever = c.regions().stream().filter(r -> r.lead().isPresent()).count();
    out.println(
        "Spearman rank correlation of the two orders: "
            + number(c.spearman(), "%.3f")
            + " ("
            + c.regions().size()
            + " regions; never recommended rank last)");
    out.println(
        "Median lead: "
            + number(c.medianLead(), "%.1f")
            + " months (over the "
            + ever
            + " regions ever recommended; positive: recommended before decided)");
    out.println(
        "Decided while recommended: " + c.decidedWhileRecommended() + " of " + c.regions().size());
    if (!c.outsideMonths().isEmpty()) {
      out.println(
          "Left out (effective outside the months of data): "
              + String.join(", ", c.outsideMonths()));
    }
    out.println();
    out.println(
        "A measurement of the benchmark set against what was decided, not a target to fit (docs/decisions.md).");
    out.println(
        "Inputs: "
            + String.join(
                ", ",
                p.inputs().stream().map(i -> i.name() + " " + abbreviate(i.sha256())).toList()));
    out.flush();
  }

  static ObjectNode json(DecisionComparison c, Provenance p) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("stage", c.stage());
    root.put("uses_illustrative_data", p.usesIllustrativeData());
    ArrayNode regions = root.putArray("regions");
    for (RegionComparison r : c.regions()) {
      ObjectNode n = regions.addObject();
      n.put("region", r.region().name());
      n.put("entry", r.entry());
      n.put("effective", r.effective().toString());
      if (r.firstRecommended().isPresent()) {
        n.put("first_recommended", r.firstRecommended().get().toString());
        n.put("lead_months", r.lead().getAsInt());
      } else {
        n.putNull("first_recommended");
        n.putNull("lead_months");
      }
      n.put("recommended_at_decision", r.recommendedAtDecision());
      n.put("reversals_before", r.reversals());
    }
    number(root, "spearman", c.spearman());
    number(root, "median_lead_months", c.medianLead());
    root.put("decided_while_recommended", c.decidedWhileRecommended());
    ArrayNode outside = root.putArray("outside_months");
    c.outsideMonths().forEach(outside::add);
    root.set("provenance", Json.provenance(p));
    return root;
  }

  /** One row per region, with the overall figures and the provenance repeated on every row. */
  static void csv(DecisionComparison c, Provenance p, PrintWriter out) {
    SafeCsv w = Csv.on(out);
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(
        List.of(
            "spearman",
            "median_lead_months",
            "decided_while_recommended",
            "benchmark_set",
            "benchmark_set_version",
            "benchmark_set_sha256",
            "program_version",
            "illustrative_inputs"));
    w.record(header);
    for (RegionComparison r : c.regions()) {
      w.record(
          List.of(
              r.region().name(),
              r.stage(),
              r.entry(),
              r.firstRecommended().map(Object::toString).orElse(""),
              r.effective().toString(),
              r.lead().isPresent() ? r.lead().getAsInt() : "",
              r.recommendedAtDecision(),
              r.reversals(),
              c.spearman().isPresent() ? Csv.cell(c.spearman().getAsDouble()) : "",
              c.medianLead().isPresent() ? Csv.cell(c.medianLead().getAsDouble()) : "",
              c.decidedWhileRecommended(),
              p.benchmarkSetName(),
              p.benchmarkSetVersion(),
              p.benchmarkSetSha256(),
              p.programVersion(),
              Csv.illustrativeInputs(p.illustrative())));
    }
    Csv.flush(w, out);
  }

  private static void number(ObjectNode n, String key, OptionalDouble v) {
    if (v.isPresent()) {
      Json.number(n, key, v.getAsDouble());
    } else {
      n.putNull(key);
    }
  }

  private static String number(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "n/a";
  }

  private static String abbreviate(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }
}
