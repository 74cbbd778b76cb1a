package org.handover.io.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.RegionOutlook;
import org.handover.engine.provenance.Provenance;

/**
 * The outlook as rows, one per region and month ahead ({@link #COLUMNS}): what {@code handover
 * outlook --format csv} prints and the scale-out job writes, defined once so the two cannot drift.
 * A region at the top stage keeps its rows, with null probabilities. Every row names the
 * illustrative inputs the conditions rest on.
 */
public final class OutlookRows {
  /** The columns, in order. */
  public static final List<String> COLUMNS;

  static {
    List<String> all =
        new ArrayList<>(
            List.of(
                "region",
                "month",
                "current_stage",
                "next_stage",
                "p_ready_by",
                "p_met_in",
                "seed",
                "paths"));
    all.addAll(AssessmentExport.STANDING_COLUMNS);
    all.add("illustrative_inputs");
    COLUMNS = List.copyOf(all);
  }

  private OutlookRows() {}

  /**
   * The rows of {@code o}, regions in the outlook's order, months ascending: strings, {@code
   * Double} probabilities (null at the top stage), the seed as {@code Long}, the paths as {@code
   * Integer}, each region's standing as of {@code asOf} ({@link AssessmentExport#standingCells}).
   *
   * @param data the provenance of the data the outlook starts from (its illustrative inputs)
   */
  public static List<List<Object>> rows(
      OutlookResult o, Provenance data, Standings standings, YearMonth asOf) {
    String inputs = String.join("; ", data.illustrative());
    List<List<Object>> out = new ArrayList<>();
    for (RegionOutlook r : o.regions()) {
      List<Object> standing = AssessmentExport.standingCells(standings.at(r.region(), asOf));
      double[] by = r.readyBy();
      double[] in = r.metIn();
      for (int k = 0; k < o.months().length(); k++) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(r.region().name());
        row.add(o.months().monthAt(k).toString());
        row.add(r.currentStage().id());
        row.add(r.nextStage().map(st -> st.id()).orElse(null));
        row.add(k < by.length ? by[k] : null);
        row.add(k < in.length ? in[k] : null);
        row.add(o.seed());
        row.add(o.paths());
        row.addAll(standing);
        row.add(inputs);
        out.add(row);
      }
    }
    return out;
  }
}
