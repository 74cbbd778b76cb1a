package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.handover.engine.assessment.ConditionShift;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/** A region's stage month by month, and what moved it at each change: a table, a JSON document or CSV rows. */
public final class HistoryOutput {
  private HistoryOutput() {}

  private record Row(YearMonth month, String stage, String change) {}

  /**
   * @param months the months to show, inside the history's
   * @param changes the region's stage changes, with the conditions that moved it
   * @param data the provenance of the data, whose illustrative inputs the table's banner names
   */
  public static void print(OutputFormat format, RegionId region, StageHistory history, List<StageChange> changes,
      MonthRange months, Provenance data, PrintWriter out) {
    List<Row> rows = new ArrayList<>();
    for (YearMonth month : months) {
      String why = changes.stream().filter(c -> c.month().equals(month)).map(c -> reason(c, history.stages()))
          .findFirst().orElse("");
      rows.add(new Row(month, history.stageOf(region, month).id(), why));
    }
    switch (format) {
      case table -> table(region, history.provenance(), data, rows, out);
      case json -> Json.print(json(region, rows, history.provenance()), out);
      case csv -> csv(region, rows, history.provenance().illustrative(), out);
    }
  }

  /** "JOINT -> LOCAL_LEAD (up): readiness not met -> met (police_per_1000 met)": the change and the conditions that moved it. */
  static String reason(StageChange change, List<Stage> ladder) {
    List<String> parts = new ArrayList<>();
    for (ConditionShift c : change.why()) {
      String benchmarks = c.benchmarks().stream()
          .map(b -> b.now().benchmark().id() + " " + b.now().status().label())
          .collect(Collectors.joining(", "));
      parts.add(c.conditionId() + " " + c.before().status().label() + " -> " + c.now().status().label()
          + (benchmarks.isEmpty() ? "" : " (" + benchmarks + ")"));
    }
    String direction = change.up(ladder) ? "up" : "down";
    return change.from().id() + " -> " + change.to().id() + " (" + direction + "): " + String.join("; ", parts);
  }

  private static void table(RegionId region, Provenance history, Provenance data, List<Row> rows, PrintWriter out) {
    out.printf("Stage history of %s, benchmark set %s %s%n", region, history.benchmarkSetName(), history.benchmarkSetVersion());
    IllustrativeBanner.restingOn("stages", data, out);
    out.printf("%-8s %-14s %s%n", "month", "stage", "change");
    String previous = null;
    for (Row r : rows) {
      boolean changed = previous != null && !previous.equals(r.stage());
      out.printf("%-8s %-14s %s%n", r.month(), r.stage(), changed ? r.change() : "");
      previous = r.stage();
    }
    out.flush();
  }

  private static ObjectNode json(RegionId region, List<Row> rows, Provenance provenance) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("region", region.name());
    ArrayNode months = root.putArray("months");
    for (Row r : rows) {
      ObjectNode n = months.addObject().put("month", r.month().toString()).put("stage", r.stage());
      if (!r.change().isEmpty()) {
        n.put("change", r.change());
      }
    }
    root.set("provenance", Json.provenance(provenance));
    return root;
  }

  /** One row per month; every row names the illustrative inputs the stages rest on, so a spreadsheet keeps the warning. */
  private static void csv(RegionId region, List<Row> rows, List<String> illustrative, PrintWriter out) {
    CsvWriter csv = Csv.on(out);
    String inputs = Csv.illustrativeInputs(illustrative);
    csv.writeRecord("region", "month", "stage", "change", "illustrative_inputs");
    rows.forEach(r -> csv.writeRecord(region.name(), r.month().toString(), r.stage(), r.change(), inputs));
    Csv.flush(csv, out);
  }
}
