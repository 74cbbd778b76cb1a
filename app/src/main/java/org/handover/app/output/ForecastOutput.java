package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.io.csv.SafeCsv;

/**
 * A forecast's quantiles per region and month, and the model's parameters: a table, a JSON document
 * or CSV rows.
 */
public final class ForecastOutput {
  private ForecastOutput() {}

  /**
   * @param only the regions to show; empty: all
   * @param data the provenance of the data the forecast learned from
   */
  public static void print(
      OutputFormat format, Forecast f, Set<RegionId> only, Provenance data, PrintWriter out) {
    switch (format) {
      case table -> table(f, only, TerminalText.safe(out));
      case json -> Json.print(json(f, only, data), out);
      case csv -> csv(f, only, out);
    }
  }

  private static boolean keep(Set<RegionId> only, RegionId r) {
    return only.isEmpty() || only.contains(r);
  }

  private static void table(Forecast f, Set<RegionId> only, PrintWriter w) {
    w.printf(
        "Forecast of %s from %s (model %s, %d paths, seed %d, fitted on %s)%n",
        f.variable(), f.origin(), f.modelName(), f.paths().pathCount(), f.seed(), f.history());
    w.printf("%-14s %-8s %9s %9s %9s %9s%n", "region", "month", "q10", "median", "q90", "mean");
    for (int r = 0; r < f.regions().size(); r++) {
      if (!keep(only, f.regions().get(r))) {
        continue;
      }
      for (int k = 0; k < f.horizon(); k++) {
        w.printf(
            "%-14s %-8s %9s %9s %9s %9s%n",
            k == 0 ? f.regions().get(r).name() : "",
            f.months().monthAt(k),
            Numbers.format(f.quantile(r, k, 0.1)),
            Numbers.format(f.quantile(r, k, 0.5)),
            Numbers.format(f.quantile(r, k, 0.9)),
            Numbers.format(f.mean(r, k)));
      }
    }
    w.println();
    w.println("Model parameters (estimate, standard error):");
    // as wide as the longest name (per-region parameters carry the region's name)
    int nameWidth = f.parameters().stream().mapToInt(p -> p.name().length()).reduce(28, Math::max);
    for (Parameter p : f.parameters()) {
      w.printf(
          "  %-" + nameWidth + "s %10s %10s  %s%n",
          p.name(),
          Numbers.format(p.estimate()),
          Numbers.format(p.standardError()),
          p.meaning());
    }
    w.flush();
  }

  private static void csv(Forecast f, Set<RegionId> only, PrintWriter w) {
    SafeCsv csv = Csv.on(w);
    csv.record(
        "region", "month", "variable", "q10", "q50", "q90", "mean", "model", "paths", "seed");
    for (int r = 0; r < f.regions().size(); r++) {
      if (!keep(only, f.regions().get(r))) {
        continue;
      }
      for (int k = 0; k < f.horizon(); k++) {
        csv.record(
            f.regions().get(r).name(),
            f.months().monthAt(k).toString(),
            f.variable(),
            f.quantile(r, k, 0.1),
            f.quantile(r, k, 0.5),
            f.quantile(r, k, 0.9),
            f.mean(r, k),
            f.modelName(),
            f.paths().pathCount(),
            f.seed());
      }
    }
    Csv.flush(csv, w);
  }

  private static ObjectNode json(Forecast f, Set<RegionId> only, Provenance data) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("variable", f.variable())
        .put("origin", f.origin().toString())
        .put("horizon", f.horizon())
        .put("model", f.modelName())
        .put("paths", f.paths().pathCount())
        .put("seed", f.seed())
        .put("history", f.history().toString());
    parameters(root, f.parameters());
    ArrayNode regions = root.putArray("regions");
    for (int r = 0; r < f.regions().size(); r++) {
      if (!keep(only, f.regions().get(r))) {
        continue;
      }
      ObjectNode rn = regions.addObject().put("region", f.regions().get(r).name());
      ArrayNode months = rn.putArray("months");
      for (int k = 0; k < f.horizon(); k++) {
        ObjectNode m = months.addObject().put("month", f.months().monthAt(k).toString());
        Json.number(m, "q10", f.quantile(r, k, 0.1));
        Json.number(m, "q50", f.quantile(r, k, 0.5));
        Json.number(m, "q90", f.quantile(r, k, 0.9));
        Json.number(m, "mean", f.mean(r, k));
      }
    }
    root.set("provenance", Json.provenance(f.provenance(data)));
    return root;
  }

  /** The model's parameters as a "parameters" array: name, meaning, estimate, standard error. */
  static void parameters(ObjectNode root, Iterable<Parameter> parameters) {
    ArrayNode params = root.putArray("parameters");
    for (Parameter p : parameters) {
      ObjectNode n = params.addObject().put("name", p.name()).put("meaning", p.meaning());
      Json.number(n, "estimate", p.estimate());
      Json.number(n, "standard_error", p.standardError());
    }
  }

  /** Every sample path (path, region, month, value) as a CSV file. */
  public static void samples(Forecast f, Path file) throws IOException {
    try (SafeCsv csv = SafeCsv.to(file)) {
      csv.record("path", "region", "month", f.variable());
      for (int p = 0; p < f.paths().pathCount(); p++) {
        for (int r = 0; r < f.regions().size(); r++) {
          for (int k = 0; k < f.horizon(); k++) {
            csv.record(
                p,
                f.regions().get(r).name(),
                f.months().monthAt(k).toString(),
                (long) f.paths().value(p, r, k));
          }
        }
      }
    }
  }
}
