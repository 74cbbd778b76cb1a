package org.handover.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handover.app.output.Json;
import org.handover.app.workspace.Workspace;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.theater.RegionId;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The predictive distribution of monthly fatalities per region: quantiles and sample paths. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast an event variable per region for the months after --as-of: 10/50/90%% quantiles from "
        + "seeded sample paths of a negative-binomial dynamic model (docs/forecast-model.md).")
final class ForecastCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", description = "Last month the model sees.")
  YearMonth asOf;

  @Option(names = "--horizon", defaultValue = "12", paramLabel = "MONTHS", description = "Months ahead (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--region", paramLabel = "NAME", description = "Only these regions (repeatable).")
  List<String> regions = List.of();

  @Mixin OutputOptions output;

  @Option(names = "--samples-out", paramLabel = "FILE", description = "Also write every sample path (path, region, month, value) as CSV.")
  Path samplesOut;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      Workspace ws = store.workspace(s);
      Set<RegionId> only = Set.copyOf(Regions.resolve(s, ws, regions));
      Forecast f = forecast.run(s, ws).forecast(asOf, horizon, forecast.paths, forecast.seed);
      try (PrintWriter w = output.writer(spec)) {
        switch (output.format) {
          case table -> table(f, only, w);
          case json -> w.println(Json.MAPPER.writeValueAsString(json(f, only, ws)));
          case csv -> csv(f, only, w);
        }
      }
      if (samplesOut != null) {
        samples(f, samplesOut);
        spec.commandLine().getErr().println("wrote " + f.paths().pathCount() + " sample paths to " + samplesOut);
      }
    }
    return 0;
  }

  private static boolean keep(Set<RegionId> only, RegionId r) {
    return only.isEmpty() || only.contains(r);
  }

  private static void table(Forecast f, Set<RegionId> only, PrintWriter w) {
    w.printf("Forecast of %s from %s (model %s, %d paths, seed %d, fitted on %s)%n", f.variable(), f.origin(), f.modelName(),
        f.paths().pathCount(), f.seed(), f.history());
    w.printf("%-14s %-8s %9s %9s %9s %9s%n", "region", "month", "q10", "median", "q90", "mean");
    for (int r = 0; r < f.regions().size(); r++) {
      if (!keep(only, f.regions().get(r))) {
        continue;
      }
      for (int k = 0; k < f.horizon(); k++) {
        w.printf("%-14s %-8s %9s %9s %9s %9s%n", k == 0 ? f.regions().get(r).name() : "", f.months().monthAt(k),
            Numbers.format(f.quantile(r, k, 0.1)), Numbers.format(f.quantile(r, k, 0.5)), Numbers.format(f.quantile(r, k, 0.9)),
            Numbers.format(f.mean(r, k)));
      }
    }
    w.println();
    w.println("Model parameters (estimate, standard error):");
    for (Parameter p : f.parameters()) {
      w.printf("  %-28s %10s %10s  %s%n", p.name(), Numbers.format(p.estimate()), Numbers.format(p.standardError()), p.meaning());
    }
  }

  private static void csv(Forecast f, Set<RegionId> only, PrintWriter w) {
    CsvWriter csv = CsvWriter.builder().build(w);
    csv.writeRecord("region", "month", "variable", "q10", "q50", "q90", "mean", "model", "paths", "seed");
    for (int r = 0; r < f.regions().size(); r++) {
      if (!keep(only, f.regions().get(r))) {
        continue;
      }
      for (int k = 0; k < f.horizon(); k++) {
        csv.writeRecord(f.regions().get(r).name(), f.months().monthAt(k).toString(), f.variable(),
            Double.toString(f.quantile(r, k, 0.1)), Double.toString(f.quantile(r, k, 0.5)),
            Double.toString(f.quantile(r, k, 0.9)), Double.toString(f.mean(r, k)), f.modelName(),
            Integer.toString(f.paths().pathCount()), Long.toString(f.seed()));
      }
    }
    AssessmentCsvOutput.flush(csv);
  }

  private static ObjectNode json(Forecast f, Set<RegionId> only, Workspace ws) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("variable", f.variable()).put("origin", f.origin().toString()).put("horizon", f.horizon())
        .put("model", f.modelName()).put("paths", f.paths().pathCount()).put("seed", f.seed())
        .put("history", f.history().toString());
    ArrayNode params = root.putArray("parameters");
    for (Parameter p : f.parameters()) {
      ObjectNode n = params.addObject().put("name", p.name()).put("meaning", p.meaning());
      Json.number(n, "estimate", p.estimate());
      Json.number(n, "standard_error", p.standardError());
    }
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
    root.set("provenance", Json.provenance(f.provenance(ws.provenance())));
    return root;
  }

  private static void samples(Forecast f, Path file) throws IOException {
    try (CsvWriter csv = CsvWriter.builder().build(file)) {
      csv.writeRecord("path", "region", "month", f.variable());
      for (int p = 0; p < f.paths().pathCount(); p++) {
        for (int r = 0; r < f.regions().size(); r++) {
          for (int k = 0; k < f.horizon(); k++) {
            csv.writeRecord(Integer.toString(p), f.regions().get(r).name(), f.months().monthAt(k).toString(),
                Long.toString((long) f.paths().value(p, r, k)));
          }
        }
      }
    }
  }
}
