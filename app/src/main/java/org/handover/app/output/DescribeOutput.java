package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handover.engine.indicator.Description;
import org.handover.engine.indicator.Distribution;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.io.csv.SafeCsv;

/**
 * The distribution of an expression over a span of months, overall and per region: a table for
 * choosing thresholds, a JSON document or CSV rows.
 */
public final class DescribeOutput {
  /** The label of the row that pools every region shown. */
  static final String ALL = "(all)";

  static final List<String> QUANTILE_NAMES =
      List.of("min", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "max");

  private DescribeOutput() {}

  /**
   * @param provenance of the data (and of the benchmark set when its indicators were available)
   */
  public static void print(
      OutputFormat format, Description d, Provenance provenance, PrintWriter out) {
    switch (format) {
      case table -> table(d, provenance, TerminalText.safe(out));
      case json -> Json.print(json(d, provenance), out);
      case csv -> csv(d, provenance, out);
    }
  }

  private static List<Map.Entry<String, Distribution>> rows(Description d) {
    List<Map.Entry<String, Distribution>> rows = new ArrayList<>();
    rows.add(Map.entry(ALL, d.overall()));
    for (Map.Entry<RegionId, Distribution> e : d.byRegion().entrySet()) {
      rows.add(Map.entry(e.getKey().name(), e.getValue()));
    }
    return rows;
  }

  static void table(Description d, Provenance p, PrintWriter out) {
    out.printf("Distribution of %s%n", d.expression());
    out.printf(
        "Months %s to %s, %d regions; quantiles of type 7 (R's default)%n",
        d.span().first(), d.span().last(), d.byRegion().size());
    IllustrativeBanner.restingOn("these values", p, out);
    out.println();
    int width = Math.max(14, rows(d).stream().mapToInt(r -> r.getKey().length()).max().orElse(0));
    StringBuilder header =
        new StringBuilder(
            String.format("  %-" + width + "s %7s %7s", "region", "values", "no data"));
    for (String q : QUANTILE_NAMES) {
      header.append(String.format(" %10s", q));
    }
    header.append(String.format(" %10s", "mean"));
    out.println(header);
    for (Map.Entry<String, Distribution> r : rows(d)) {
      Distribution x = r.getValue();
      StringBuilder line =
          new StringBuilder(
              String.format("  %-" + width + "s %7d %7d", r.getKey(), x.count(), x.noData()));
      for (double q : x.quantiles()) {
        line.append(String.format(" %10s", number(q)));
      }
      line.append(String.format(" %10s", number(x.mean())));
      out.println(line);
    }
    out.println();
    out.println(
        "Inputs: "
            + String.join(
                ", ", p.inputs().stream().map(i -> i.name() + " " + abbreviate(i)).toList()));
    FilterNote.print(p, out);
    if (!p.benchmarkSetName().isEmpty()) {
      out.printf(
          "Benchmark set (its indicators may be named): %s %s%n",
          p.benchmarkSetName(), p.benchmarkSetVersion());
    }
    out.println(p.programVersion());
    out.flush();
  }

  /** Four significant digits are enough to pick a threshold; "-" for no value. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static String abbreviate(InputRef i) {
    return i.sha256().length() > 12 ? i.sha256().substring(0, 12) : i.sha256();
  }

  static ObjectNode json(Description d, Provenance p) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("expression", d.expression());
    root.put("from", d.span().first().toString());
    root.put("to", d.span().last().toString());
    root.put("quantile_type", 7);
    root.put("uses_illustrative_data", p.usesIllustrativeData());
    ArrayNode illustrative = root.putArray("illustrative_inputs");
    p.illustrative().forEach(illustrative::add);
    root.set("overall", distribution(d.overall()));
    ArrayNode regions = root.putArray("regions");
    for (Map.Entry<RegionId, Distribution> e : d.byRegion().entrySet()) {
      ObjectNode r = distribution(e.getValue());
      r.put("region", e.getKey().name());
      regions.add(r);
    }
    root.set("provenance", Json.provenance(p));
    return root;
  }

  private static ObjectNode distribution(Distribution x) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("values", x.count());
    n.put("no_data", x.noData());
    Json.number(n, "mean", x.mean());
    ObjectNode q = n.putObject("quantiles");
    for (int i = 0; i < QUANTILE_NAMES.size(); i++) {
      Json.number(q, QUANTILE_NAMES.get(i), x.quantiles().get(i));
    }
    return n;
  }

  static void csv(Description d, Provenance p, PrintWriter out) {
    SafeCsv w = Csv.on(out);
    List<String> header =
        new ArrayList<>(List.of("expression", "from", "to", "region", "values", "no_data"));
    header.addAll(QUANTILE_NAMES);
    header.add("mean");
    // every row names the illustrative inputs, so a spreadsheet made from it keeps the warning
    header.add("illustrative_inputs");
    String illustrative = String.join("; ", p.illustrative());
    w.record(header);
    for (Map.Entry<String, Distribution> r : rows(d)) {
      Distribution x = r.getValue();
      List<Object> cells = new ArrayList<>();
      cells.add(d.expression());
      cells.add(d.span().first().toString());
      cells.add(d.span().last().toString());
      cells.add(r.getKey());
      cells.add(x.count());
      cells.add(x.noData());
      for (double q : x.quantiles()) {
        cells.add(Double.isFinite(q) ? Csv.cell(q) : "");
      }
      cells.add(Double.isFinite(x.mean()) ? Csv.cell(x.mean()) : "");
      cells.add(illustrative);
      w.record(cells);
    }
    Csv.flush(w, out);
  }
}
