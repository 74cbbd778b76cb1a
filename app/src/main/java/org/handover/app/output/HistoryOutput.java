package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handover.engine.assessment.ConditionShift;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.handover.io.csv.SafeCsv;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.Standings;
import org.handover.io.export.Standings.Standing;

/**
 * Regions month by month: the stage whose conditions are met (and what moved it at each change),
 * the recommendation and the decided status, each in its own column; a table, a JSON document or
 * CSV rows.
 */
public final class HistoryOutput {
  private HistoryOutput() {}

  /**
   * One region-month; {@code change} is empty unless the conditions met changed from the month
   * before.
   */
  private record Row(Standing standing, int metRank, String change) {}

  /**
   * @param regions the regions to show, each with all of {@code months}, in this order
   * @param changes each region's stage changes, with the conditions that moved it
   * @param months the months to show, inside the history's
   * @param data the provenance of the data, whose illustrative inputs the table's banner names
   */
  public static void print(
      OutputFormat format,
      List<RegionId> regions,
      StageHistory history,
      Map<RegionId, List<StageChange>> changes,
      Standings standings,
      MonthRange months,
      Provenance data,
      PrintWriter out) {
    List<Row> rows = new ArrayList<>();
    for (RegionId region : regions) {
      for (YearMonth month : months) {
        String why =
            changes.getOrDefault(region, List.of()).stream()
                .filter(c -> c.month().equals(month))
                .map(c -> reason(c, history.stages()))
                .findFirst()
                .orElse("");
        rows.add(new Row(standings.at(region, month), history.rankOf(region, month), why));
      }
    }
    Provenance provenance = standings.provenance(history.provenance());
    switch (format) {
      case table -> table(history.provenance(), data, standings, rows, TerminalText.safe(out));
      case json -> Json.print(json(rows, provenance), out);
      case csv -> csv(rows, history.provenance().illustrative(), out);
    }
  }

  /**
   * "JOINT -> LOCAL_LEAD (up): readiness not met -> met (police_per_1000 met)": the change and the
   * conditions that moved it.
   */
  static String reason(StageChange change, List<Stage> ladder) {
    List<String> parts = new ArrayList<>();
    for (ConditionShift c : change.why()) {
      String benchmarks =
          c.benchmarks().stream()
              .map(b -> b.now().benchmark().id() + " " + b.now().status().label())
              .collect(Collectors.joining(", "));
      parts.add(
          c.conditionId()
              + " "
              + c.before().status().label()
              + " -> "
              + c.now().status().label()
              + (benchmarks.isEmpty() ? "" : " (" + benchmarks + ")"));
    }
    String direction = change.up(ladder) ? "up" : "down";
    return change.from().id()
        + " -> "
        + change.to().id()
        + " ("
        + direction
        + "): "
        + String.join("; ", parts);
  }

  /** Columns as wide as their longest cell, so long region names keep the table aligned. */
  private static void table(
      Provenance history, Provenance data, Standings standings, List<Row> rows, PrintWriter out) {
    out.printf(
        "History of conditions met, recommendation and status, benchmark set %s %s%n",
        history.benchmarkSetName(), history.benchmarkSetVersion());
    IllustrativeBanner.restingOn("stages", data, out);
    out.println("Status: " + AssessmentOutput.statusSource(standings));
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {
          "month",
          "region",
          "conditions_met",
          "recommendation",
          "recommended_stage",
          "status",
          "change"
        });
    for (Row r : rows) {
      Standing s = r.standing();
      cells.add(
          new String[] {
            s.month().toString(),
            s.region().name(),
            s.conditionsMet(),
            s.recommendationLabel(),
            s.recommendation().recommended().id(),
            s.status().map(Standings.Status::stage).orElse("not decided"),
            r.change()
          });
    }
    int[] width = new int[7];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length - 1; i++) {
        line.append(String.format("%-" + width[i] + "s  ", row[i]));
      }
      out.println((line + row[row.length - 1]).stripTrailing());
    }
    out.flush();
  }

  private static ObjectNode json(List<Row> rows, Provenance provenance) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode regions = root.putArray("regions");
    ArrayNode months = null;
    RegionId current = null;
    for (Row r : rows) {
      Standing s = r.standing();
      if (!s.region().equals(current)) {
        current = s.region();
        ObjectNode region = regions.addObject().put("region", current.name());
        months = region.putArray("months");
      }
      ObjectNode n =
          months.addObject().put("month", s.month().toString()).put("stage", s.conditionsMet());
      n.setAll(AssessmentOutput.standing(s, r.metRank()));
      if (!r.change().isEmpty()) {
        n.put("change", r.change());
      }
    }
    root.set("provenance", Json.provenance(provenance));
    return root;
  }

  /**
   * One row per region and month; every row names the illustrative inputs the stages rest on, so a
   * spreadsheet keeps the warning.
   */
  private static void csv(List<Row> rows, List<String> illustrative, PrintWriter out) {
    SafeCsv csv = Csv.on(out);
    String inputs = Csv.illustrativeInputs(illustrative);
    List<String> header = new ArrayList<>(List.of("month", "region"));
    header.addAll(AssessmentExport.STANDING_COLUMNS);
    header.addAll(List.of("change", "illustrative_inputs"));
    csv.record(header);
    for (Row r : rows) {
      Standing s = r.standing();
      List<Object> fields = new ArrayList<>(List.of(s.month().toString(), s.region().name()));
      AssessmentExport.standingCells(s).forEach(v -> fields.add(Csv.cell(v)));
      fields.add(r.change());
      fields.add(inputs);
      csv.record(fields);
    }
    Csv.flush(csv, out);
  }
}
