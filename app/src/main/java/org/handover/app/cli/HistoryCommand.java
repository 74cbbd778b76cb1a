package org.handover.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handover.app.output.Json;
import org.handover.app.workspace.Workspace;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.theater.RegionId;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A region's stage month by month, and what moved it at each change. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "The stage of a region month by month, with the conditions that moved it at each change.")
final class HistoryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--region", required = true, paramLabel = "NAME", description = "The region (aliases work).")
  String region;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: first month with data).")
  YearMonth from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: last month with data).")
  YearMonth to;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      Workspace ws = store.workspace(s);
      RegionId id = Regions.resolve(s, ws, List.of(region)).get(0);
      StageHistory h = ws.history();
      YearMonth first = from == null ? h.months().first() : from;
      YearMonth last = to == null ? h.months().last() : to;
      if (!h.months().contains(first) || !h.months().contains(last) || last.isBefore(first)) {
        throw new IllegalArgumentException("months " + first + ".." + last + " are outside the data (" + h.months() + ")");
      }
      List<StageChange> changes = StageChange.of(ws.assessor(), ws.panel(), h, id, ws.provenance());
      List<Row> rows = new ArrayList<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        YearMonth month = m;
        String why = changes.stream().filter(c -> c.month().equals(month)).map(StageChange::reason).findFirst().orElse("");
        rows.add(new Row(month, h.stageOf(id, month).id(), why));
      }
      try (PrintWriter w = output.writer(spec)) {
        switch (output.format) {
          case table -> table(w, id, ws, rows);
          case json -> w.println(Json.MAPPER.writeValueAsString(json(id, ws, rows, h)));
          case csv -> csv(w, id, rows, h.provenance().illustrative());
        }
      }
    }
    return 0;
  }

  private record Row(YearMonth month, String stage, String change) {}

  private static void table(PrintWriter w, RegionId id, Workspace ws, List<Row> rows) {
    w.printf("Stage history of %s, benchmark set %s %s%n", id, ws.benchmarkSet().name(), ws.benchmarkSet().version());
    if (ws.provenance().usesIllustrativeData()) {
      w.println("ILLUSTRATIVE DATA: stages rest partly on " + String.join(", ", ws.provenance().illustrative())
          + ", which are not observed figures (see data/README.md).");
    }
    w.printf("%-8s %-14s %s%n", "month", "stage", "change");
    String previous = null;
    for (Row r : rows) {
      boolean changed = previous != null && !previous.equals(r.stage());
      w.printf("%-8s %-14s %s%n", r.month(), r.stage(), changed ? r.change() : "");
      previous = r.stage();
    }
  }

  private static ObjectNode json(RegionId id, Workspace ws, List<Row> rows, StageHistory h) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("region", id.name());
    ArrayNode months = root.putArray("months");
    for (Row r : rows) {
      ObjectNode n = months.addObject().put("month", r.month().toString()).put("stage", r.stage());
      if (!r.change().isEmpty()) {
        n.put("change", r.change());
      }
    }
    root.set("provenance", Json.provenance(h.provenance()));
    return root;
  }

  /** One row per month; every row names the illustrative inputs the stages rest on, so a spreadsheet keeps the warning. */
  private static void csv(PrintWriter w, RegionId id, List<Row> rows, List<String> illustrative) {
    CsvWriter csv = CsvWriter.builder().build(w);
    String inputs = String.join("; ", illustrative);
    csv.writeRecord("region", "month", "stage", "change", "illustrative_inputs");
    rows.forEach(r -> csv.writeRecord(id.name(), r.month().toString(), r.stage(), r.change(), inputs));
    AssessmentCsvOutput.flush(csv);
    w.flush();
  }
}
