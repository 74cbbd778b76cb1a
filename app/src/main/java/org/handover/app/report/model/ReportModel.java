package org.handover.app.report.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.app.report.page.Format;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * Everything the report shows, built from engine types only: one {@link Evaluation} of the data
 * against the benchmark set (the assessment of the month, the stage history and the stage changes
 * all come from it, so they cannot disagree), the month, the region boundaries, when it was made,
 * and the decision ledger (what was decided) with where its entries came from.
 */
public final class ReportModel {
  private final Evaluation evaluation;
  private final YearMonth asOf;
  private final Assessment assessment;
  private final StageHistory history;
  private final String boundaries;
  private final Instant generatedAt;
  private final Ledger decisions;
  private final List<InputRef> decisionSources;
  private final boolean showAfter;

  /**
   * @param evaluation the data judged against the benchmark set, with the provenance the report
   *     shows (inputs, benchmark set, program version, illustrative variables, method notes)
   * @param asOf the month the report is about
   * @param boundaries a GeoJSON FeatureCollection whose features carry the region name in property
   *     {@code name}; every region of the theater needs one
   * @param generatedAt when the report was made (shown in the footer; not part of any result)
   */
  public ReportModel(
      Evaluation evaluation, YearMonth asOf, String boundaries, Instant generatedAt) {
    this(evaluation, asOf, boundaries, generatedAt, Ledger.empty(DecisionKind.REAL), List.of());
  }

  /**
   * A model that also shows what was decided.
   *
   * @param decisions the decision ledger of the theater
   * @param decisionSources where its entries came from (imported files with their SHA-256), for the
   *     footer
   */
  public ReportModel(
      Evaluation evaluation,
      YearMonth asOf,
      String boundaries,
      Instant generatedAt,
      Ledger decisions,
      List<InputRef> decisionSources) {
    this(evaluation, asOf, boundaries, generatedAt, decisions, decisionSources, false);
  }

  private ReportModel(
      Evaluation evaluation,
      YearMonth asOf,
      String boundaries,
      Instant generatedAt,
      Ledger decisions,
      List<InputRef> decisionSources,
      boolean showAfter) {
    this.showAfter = showAfter;
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.decisionSources = List.copyOf(decisionSources);
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

  /**
   * The same model, but its sections also show the months after {@link #asOf} (what happened next,
   * marked as not known at the time) when {@code showAfter} is set.
   */
  public ReportModel withShowAfter(boolean showAfter) {
    return new ReportModel(
        evaluation, asOf, boundaries, generatedAt, decisions, decisionSources, showAfter);
  }

  /** Whether the sections show the months after {@link #asOf} too. */
  public boolean showsAfter() {
    return showAfter;
  }

  /**
   * The months a section may show: from the first month of the data to {@link #asOf}, or to the
   * last month of the data when the months after are shown. Sections take their months from here
   * (not from the panel or the history) so that none can show what was not known at the time.
   */
  public MonthRange months() {
    MonthRange all = panel().months();
    YearMonth last = showAfter || all.last().isBefore(asOf) ? all.last() : asOf;
    return MonthRange.of(all.first(), last);
  }

  /** Whether {@code month} is after {@link #asOf}: shown (if at all) as not known at the time. */
  public boolean isAfter(YearMonth month) {
    return month.isAfter(asOf);
  }

  /** Whether the shown months reach past {@link #asOf}. */
  public boolean showsMonthsAfter() {
    return isAfter(months().last());
  }

  /** The label of the months after {@link #asOf}: "after Jun 2007: not known at the time". */
  public String afterLabel() {
    return "after " + Format.month(asOf) + ": not known at the time";
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

  /**
   * The stage of every region in every month of the panel, including those after {@link #asOf}:
   * sections show only its {@link #months()}.
   */
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

  /** Every entry of the decision ledger, including those that take effect after {@link #asOf}. */
  public Ledger decisions() {
    return decisions;
  }

  /** Where the decision ledger's entries came from. */
  public List<InputRef> decisionSources() {
    return decisionSources;
  }

  /**
   * The ledger as known in {@link #asOf}: the entries effective in or before that month. A
   * correction of an entry that is left out stands alone (it corrects nothing the report shows).
   */
  public Ledger decisionsAsOf() {
    List<LedgerEntry> known =
        decisions.entries().stream().filter(e -> !e.effectiveMonth().isAfter(asOf)).toList();
    Set<String> ids = known.stream().map(LedgerEntry::id).collect(Collectors.toSet());
    List<LedgerEntry> kept = new ArrayList<>();
    for (LedgerEntry e : known) {
      kept.add(
          e.supersedes().isEmpty() || ids.contains(e.supersedes().get())
              ? e
              : new LedgerEntry(
                  e.id(),
                  e.kind(),
                  e.region(),
                  e.part(),
                  e.fromStage(),
                  e.toStage(),
                  e.announced(),
                  e.effective(),
                  e.decidedBy(),
                  e.agreedBy(),
                  e.source(),
                  e.note(),
                  e.basis(),
                  Optional.empty()));
    }
    return Ledger.of(decisions.kind(), kept);
  }

  public Theater theater() {
    return panel().theater();
  }

  /** "Transition report: Iraq, as of Jun 2007". */
  public String title() {
    return "Transition report: " + theater().name() + ", as of " + Format.month(asOf);
  }
}
