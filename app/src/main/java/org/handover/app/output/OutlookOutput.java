package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.decision.RecommendationState;
import org.handover.engine.outlook.InputTreatment;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.ReadinessMonth;
import org.handover.engine.outlook.RegionOutlook;
import org.handover.engine.provenance.Provenance;
import org.handover.io.csv.SafeCsv;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.OutlookRows;
import org.handover.io.export.Standings;
import org.handover.io.export.Standings.Standing;

/**
 * Each region's chance of meeting its next stage's conditions by each future month: a table, a JSON
 * document or CSV rows. Every form names the illustrative inputs the conditions rest on.
 */
public final class OutlookOutput {
  /**
   * The narrowest each column may be (the widths the table has always had, so the built-in data
   * prints as before); a longer cell widens its column. The last column is not padded.
   */
  private static final int[] MIN_WIDTH = {14, 14, 14, 7, 7, 7, 14, 36};

  /** Columns 3 to 5 (the probabilities) are right-aligned. */
  private static final boolean[] RIGHT = {false, false, false, true, true, true, false, false};

  /** Separators before each column after the first: status stands two spaces apart. */
  private static final String[] GAP = {"", " ", " ", " ", " ", " ", "  ", " ", " "};

  private OutlookOutput() {}

  /**
   * @param data the provenance of the data the outlook starts from
   * @param standings each region's recommendation and decided status, shown as of {@code asOf}
   *     beside its readiness
   */
  public static void print(
      OutputFormat format,
      OutlookResult o,
      Provenance data,
      Standings standings,
      YearMonth asOf,
      PrintWriter out) {
    switch (format) {
      case table -> table(o, data, standings, asOf, TerminalText.safe(out));
      case json -> Json.print(json(o, data, standings, asOf), out);
      case csv -> csv(o, data, standings, asOf, out);
    }
  }

  private static void table(
      OutlookResult o, Provenance data, Standings standings, YearMonth asOf, PrintWriter w) {
    w.printf(
        "Outlook from %s over %d months: %s forecast by %s, %d paths, seed %d; benchmark set %s %s%n",
        o.origin(),
        o.months().length(),
        o.variable(),
        o.modelName(),
        o.paths(),
        o.seed(),
        o.benchmarkSetName(),
        o.benchmarkSetVersion());
    IllustrativeBanner.restingOn("conditions", data, w);
    w.println("Status as of " + asOf + ": " + AssessmentOutput.statusSource(standings));
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {
          "region",
          "now",
          "next",
          "P(3m)",
          "P(6m)",
          "P(12m)",
          "status",
          "recommendation",
          "expected month of readiness (80% interval)"
        });
    int horizon = o.months().length();
    for (RegionOutlook r : o.regions()) {
      Standing s = standings.at(r.region(), asOf);
      cells.add(
          new String[] {
            r.region().name(),
            r.currentStage().id(),
            r.nextStage().map(st -> st.id()).orElse("-"),
            pct(r, 3, horizon),
            pct(r, 6, horizon),
            pct(r, 12, horizon),
            s.status().map(Standings.Status::stage).orElse("not decided"),
            recommendation(s),
            r.readiness().describe()
          });
    }
    aligned(cells, w);
    w.println();
    w.println("Inputs after the origin:");
    for (InputTreatment t : o.inputs()) {
      w.printf("  %-28s %s%n", t.variable(), t.note());
    }
    w.flush();
  }

  /**
   * Prints the rows with each column as wide as its longest cell, and never narrower than its
   * {@link #MIN_WIDTH}, so a long region name keeps the columns aligned.
   */
  static void aligned(List<String[]> rows, PrintWriter w) {
    int[] width = MIN_WIDTH.clone();
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(GAP[i]);
        if (i == width.length) {
          line.append(row[i]);
        } else {
          String pad = " ".repeat(width[i] - row[i].length());
          line.append(RIGHT[i] ? pad + row[i] : row[i] + pad);
        }
      }
      w.println(line);
    }
  }

  /** "hold", "for review", or the state with its target: "promotion to LOCAL_CONTROL". */
  private static String recommendation(Standing s) {
    RecommendationState state = s.recommendation().state();
    boolean moves =
        state == RecommendationState.RECOMMEND_PROMOTION
            || state == RecommendationState.RECOMMEND_STEP_BACK;
    return s.recommendationLabel() + (moves ? " to " + s.recommendation().recommended().id() : "");
  }

  /** "-" at the top stage, and for a column beyond a horizon shorter than it. */
  private static String pct(RegionOutlook r, int months, int horizon) {
    if (r.nextStage().isEmpty() || months > horizon) {
      return "-";
    }
    return Numbers.format(Math.round(1000 * r.readyWithin(months)) / 10.0) + "%";
  }

  /**
   * One row per region and month; every row names the illustrative inputs the conditions rest on.
   */
  private static void csv(
      OutlookResult o, Provenance data, Standings standings, YearMonth asOf, PrintWriter w) {
    SafeCsv csv = Csv.on(w);
    csv.record(OutlookRows.COLUMNS);
    // the standing's cells as every table prints them; the probabilities as computed (0.0, 1.0)
    int from = OutlookRows.COLUMNS.indexOf(AssessmentExport.STANDING_COLUMNS.get(0));
    int to = from + AssessmentExport.STANDING_COLUMNS.size();
    for (List<Object> row : OutlookRows.rows(o, data, standings, asOf)) {
      List<Object> cells = new ArrayList<>(row);
      for (int i = from; i < to; i++) {
        cells.set(i, Csv.cell(cells.get(i)));
      }
      csv.record(cells);
    }
    Csv.flush(csv, w);
  }

  /**
   * The forecast's conventions (run settings first, then parameters, regions with their months, and
   * the provenance last), plus how each input was continued and which of them are illustrative. A
   * region at the top stage has no next stage: null probabilities.
   */
  static ObjectNode json(OutlookResult o, Provenance data, Standings standings, YearMonth asOf) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("variable", o.variable())
        .put("origin", o.origin().toString())
        .put("horizon", o.months().length())
        .put("model", o.modelName())
        .put("paths", o.paths())
        .put("seed", o.seed())
        .put("evaluated", o.evaluated().toString());
    root.putObject("benchmark_set")
        .put("name", o.benchmarkSetName())
        .put("version", o.benchmarkSetVersion());
    root.put("uses_illustrative_data", data.usesIllustrativeData());
    ArrayNode illustrative = root.putArray("illustrative_inputs");
    data.illustrative().forEach(illustrative::add);
    ForecastOutput.parameters(root, o.parameters());
    ArrayNode inputs = root.putArray("inputs");
    for (InputTreatment t : o.inputs()) {
      inputs
          .addObject()
          .put("variable", t.variable())
          .put("treatment", t.kind().name().toLowerCase(Locale.ROOT))
          .put("scheduled_months", t.scheduledMonths())
          .put("illustrative", data.illustrative().contains(t.variable()))
          .put("note", t.note());
    }
    ArrayNode regions = root.putArray("regions");
    for (RegionOutlook r : o.regions()) {
      ObjectNode rn =
          regions
              .addObject()
              .put("region", r.region().name())
              .put("current_stage", r.currentStage().id());
      if (r.nextStage().isPresent()) {
        rn.put("next_stage", r.nextStage().get().id());
      } else {
        rn.putNull("next_stage");
      }
      ArrayNode conditions = rn.putArray("conditions");
      r.conditions().forEach(conditions::add);
      rn.set("readiness", readiness(r.readiness()));
      ObjectNode standing = AssessmentOutput.standing(standings.at(r.region(), asOf), -1);
      rn.put("standing_as_of", asOf.toString());
      rn.set("recommendation", standing.get("recommendation"));
      rn.set("status", standing.get("status"));
      double[] by = r.readyBy();
      double[] in = r.metIn();
      ArrayNode months = rn.putArray("months");
      for (int k = 0; k < o.months().length(); k++) {
        ObjectNode m = months.addObject().put("month", o.months().monthAt(k).toString());
        Json.number(m, "p_ready_by", k < by.length ? by[k] : Double.NaN);
        Json.number(m, "p_met_in", k < in.length ? in[k] : Double.NaN);
      }
    }
    root.set("provenance", Json.provenance(standings.provenance(o.provenance(data))));
    return root;
  }

  private static ObjectNode readiness(ReadinessMonth m) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    month(n, "median", m.median());
    month(n, "low", m.low());
    month(n, "high", m.high());
    Json.number(n, "probability_within_horizon", m.probabilityWithinHorizon());
    n.put("description", m.describe());
    return n;
  }

  /** A month, or null: not within the horizon. */
  private static void month(ObjectNode n, String key, Optional<YearMonth> month) {
    if (month.isPresent()) {
      n.put(key, month.get().toString());
    } else {
      n.putNull(key);
    }
  }
}
