package org.handover.app.report.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.handover.app.report.page.Format;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Theater;

/**
 * Everything the report shows, built from engine types only.
 *
 * @param panel the data with the indicator columns the benchmarks read (its theater is the report's)
 * @param benchmarkSet the set the regions are judged by
 * @param asOf the month the report is about
 * @param assessment every region as of {@code asOf}
 * @param earlier assessments of earlier months, keyed by month, used to say which benchmarks moved a
 *     region since then; {@link #assess} fills in the month and the quarter before {@code asOf}
 * @param history the stage of every region in every month of the panel
 * @param boundaries a GeoJSON FeatureCollection whose features carry the region name in property
 *     {@code name}; every region of the theater needs one
 * @param provenance inputs, benchmark set, program version, illustrative variables, method notes
 * @param generatedAt when the report was made (shown in the footer; not part of any result)
 */
public record ReportModel(
    Panel panel,
    BenchmarkSet benchmarkSet,
    YearMonth asOf,
    Assessment assessment,
    Map<YearMonth, Assessment> earlier,
    StageHistory history,
    String boundaries,
    Provenance provenance,
    Instant generatedAt) {

  public ReportModel {
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(benchmarkSet, "benchmarkSet");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(boundaries, "boundaries");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(generatedAt, "generatedAt");
    if (!panel.months().contains(asOf)) {
      throw new IllegalArgumentException("as-of month " + asOf + " is outside the data (" + panel.months() + ")");
    }
    if (!assessment.asOf().equals(asOf)) {
      throw new IllegalArgumentException("the assessment is as of " + assessment.asOf() + ", the report as of " + asOf);
    }
    if (!history.months().equals(panel.months())) {
      throw new IllegalArgumentException("the stage history covers " + history.months()
          + " but the data cover " + panel.months());
    }
    if (!history.theater().regions().equals(panel.theater().regions())
        || assessment.regions().size() != panel.regionCount()) {
      throw new IllegalArgumentException("the assessment, the stage history and the data must cover the same regions");
    }
    if (!history.stages().equals(benchmarkSet.stages())) {
      throw new IllegalArgumentException("the stage history was computed with other stages than benchmark set "
          + benchmarkSet.name());
    }
    earlier = Map.copyOf(new TreeMap<>(earlier));
    earlier.forEach((month, a) -> {
      if (!a.asOf().equals(month) || !month.isBefore(asOf)) {
        throw new IllegalArgumentException("earlier assessment keyed " + month + " is as of " + a.asOf()
            + "; earlier assessments must be before " + asOf);
      }
    });
    if (boundaries.isBlank()) {
      throw new IllegalArgumentException("no region boundaries (GeoJSON) given");
    }
  }

  /**
   * Runs the assessment for {@code asOf}, the month before and the quarter before (when inside the
   * data) and the whole stage history: the usual way to build a model.
   */
  public static ReportModel assess(Panel panel, BenchmarkSet set, YearMonth asOf, String boundaries,
      Provenance provenance, Instant generatedAt) {
    Assessor assessor = Assessor.of(set);
    List<YearMonth> months = new ArrayList<>(List.of(asOf));
    for (YearMonth m : List.of(asOf.minusMonths(1), asOf.minusMonths(3))) {
      if (panel.months().contains(m)) {
        months.add(m);
      }
    }
    Map<YearMonth, Assessment> assessed = assessor.assessMonths(panel, months, provenance);
    Assessment now = assessed.remove(asOf);
    Map<YearMonth, Assessment> before = new TreeMap<>(assessed);
    StageHistory history = assessor.history(panel, provenance);
    return new ReportModel(panel, set, asOf, now, before, history, boundaries, now.provenance(), generatedAt);
  }

  public Theater theater() {
    return panel.theater();
  }

  public Optional<Assessment> earlier(YearMonth month) {
    return Optional.ofNullable(earlier.get(month));
  }

  /** "Transition report: Iraq, as of Jun 2007". */
  public String title() {
    return "Transition report: " + theater().name() + ", as of " + Format.month(asOf);
  }
}
