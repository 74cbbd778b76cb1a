package org.handover.app.report.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.handover.app.report.page.Format;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Theater;

/**
 * Everything the report shows, built from engine types only: one {@link Evaluation} of the data
 * against the benchmark set (the assessment of the month, the stage history and the stage changes all
 * come from it, so they cannot disagree), the month, the region boundaries and when it was made.
 */
public final class ReportModel {
  private final Evaluation evaluation;
  private final YearMonth asOf;
  private final Assessment assessment;
  private final StageHistory history;
  private final String boundaries;
  private final Instant generatedAt;

  /**
   * @param evaluation the data judged against the benchmark set, with the provenance the report shows
   *     (inputs, benchmark set, program version, illustrative variables, method notes)
   * @param asOf the month the report is about
   * @param boundaries a GeoJSON FeatureCollection whose features carry the region name in property
   *     {@code name}; every region of the theater needs one
   * @param generatedAt when the report was made (shown in the footer; not part of any result)
   */
  public ReportModel(Evaluation evaluation, YearMonth asOf, String boundaries, Instant generatedAt) {
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
    if (boundaries.isBlank()) {
      throw new IllegalArgumentException("no region boundaries (GeoJSON) given");
    }
    this.assessment = evaluation.assessment(asOf);
    this.history = evaluation.history();
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  /** The data with the indicator columns the benchmarks read (its theater is the report's). */
  public Panel panel() {
    return evaluation.panel();
  }

  public BenchmarkSet benchmarkSet() {
    return evaluation.benchmarkSet();
  }

  public YearMonth asOf() {
    return asOf;
  }

  /** Every region as of {@link #asOf}. */
  public Assessment assessment() {
    return assessment;
  }

  /** The stage of every region in every month of the panel. */
  public StageHistory history() {
    return history;
  }

  public String boundaries() {
    return boundaries;
  }

  public Provenance provenance() {
    return evaluation.provenance();
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public Theater theater() {
    return panel().theater();
  }

  /** "Transition report: Iraq, as of Jun 2007". */
  public String title() {
    return "Transition report: " + theater().name() + ", as of " + Format.month(asOf);
  }
}
