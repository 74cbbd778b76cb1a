package org.handover.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.handover.app.workspace.Workspace;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.outlook.InputTreatment;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.RegionOutlook;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Each region's chance of meeting the conditions of its next stage by each future month. */
@Command(name = "outlook", mixinStandardHelpOptions = true,
    description = "For each region, the probability that it meets every condition of its next stage by each month after "
        + "--as-of, found by judging the benchmark set on forecast sample paths; and the expected month with an 80%% interval.")
final class OutlookCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", description = "Last month the model sees.")
  YearMonth asOf;

  @Option(names = "--horizon", defaultValue = "36", paramLabel = "MONTHS", description = "Months ahead (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--lookback", defaultValue = "72", paramLabel = "MONTHS",
      description = "History kept before the origin for indicators that look back (default: ${DEFAULT-VALUE}).")
  int lookback;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    if (output.format == OutputFormat.json) {
      throw new IllegalArgumentException("outlook prints table or csv");
    }
    try (Store s = store.open(spec.commandLine().getErr())) {
      Workspace ws = store.workspace(s);
      OutlookResult o = forecast.run(s, ws).outlook(asOf, horizon, forecast.paths, forecast.seed, lookback);
      try (PrintWriter w = output.writer(spec)) {
        if (output.format == OutputFormat.csv) {
          csv(o, w, ws.provenance().illustrative());
        } else {
          table(o, ws, w);
        }
      }
    }
    return 0;
  }

  private static void table(OutlookResult o, Workspace ws, PrintWriter w) {
    w.printf("Outlook from %s over %d months: %s forecast by %s, %d paths, seed %d; benchmark set %s %s%n", o.origin(),
        o.months().length(), o.variable(), o.modelName(), o.paths(), o.seed(), o.benchmarkSetName(), o.benchmarkSetVersion());
    if (ws.provenance().usesIllustrativeData()) {
      w.println("ILLUSTRATIVE DATA: conditions rest partly on " + String.join(", ", ws.provenance().illustrative())
          + ", which are not observed figures (see data/README.md).");
    }
    w.printf("%-14s %-14s %-14s %7s %7s %7s  %s%n", "region", "now", "next", "P(3m)", "P(6m)", "P(12m)",
        "expected month of readiness (80% interval)");
    for (RegionOutlook r : o.regions()) {
      w.printf("%-14s %-14s %-14s %7s %7s %7s  %s%n", r.region().name(), r.currentStage().id(),
          r.nextStage().map(st -> st.id()).orElse("-"), pct(r, 3), pct(r, 6), pct(r, 12), r.readiness().describe());
    }
    w.println();
    w.println("Inputs after the origin:");
    for (InputTreatment t : o.inputs()) {
      w.printf("  %-28s %s%n", t.variable(), t.note());
    }
  }

  private static String pct(RegionOutlook r, int months) {
    return r.nextStage().isEmpty() ? "-" : Numbers.format(Math.round(1000 * r.readyWithin(months)) / 10.0) + "%";
  }

  /** One row per region and month; every row names the illustrative inputs the conditions rest on. */
  private static void csv(OutlookResult o, PrintWriter w, java.util.List<String> illustrative) {
    CsvWriter csv = CsvWriter.builder().build(w);
    String inputs = String.join("; ", illustrative);
    csv.writeRecord("region", "month", "current_stage", "next_stage", "p_ready_by", "p_met_in", "seed", "paths",
        "illustrative_inputs");
    for (RegionOutlook r : o.regions()) {
      double[] by = r.readyBy();
      double[] in = r.metIn();
      // Regions at the top stage have no next stage: their rows stay, with empty probabilities.
      for (int k = 0; k < o.months().length(); k++) {
        csv.writeRecord(r.region().name(), o.months().monthAt(k).toString(), r.currentStage().id(),
            r.nextStage().map(st -> st.id()).orElse(""), k < by.length ? Double.toString(by[k]) : "",
            k < in.length ? Double.toString(in[k]) : "", Long.toString(o.seed()), Integer.toString(o.paths()), inputs);
      }
    }
    AssessmentCsvOutput.flush(csv);
  }
}
