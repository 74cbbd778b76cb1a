package org.handover.io.export;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.decision.Recommendation;
import org.handover.engine.decision.RecommendationState;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * The three things every region has in a month, kept apart: the stage whose <b>conditions are
 * met</b> (the monthly judgement), the <b>recommendation</b> drawn from it with hysteresis, and the
 * <b>status</b> decided in the ledger. Built once from an evaluation, its recommendations and the
 * ledger they are relative to; every output that shows them reads them here, so they are named and
 * worded alike.
 */
public final class Standings {
  /** Provenance note topic: where the status comes from. */
  public static final String STATUS_NOTE = "status";

  private final Theater theater;
  private final MonthRange months;
  private final int[][] met;
  private final Recommendations recommendations;
  private final LedgerEntry[][] decision;
  private final Evaluation evaluation;
  private final List<InputRef> ledgerSources;

  /** What was decided: the stage, the effective month of the decision and its ledger id. */
  public record Status(String stage, YearMonth since, String decision) {}

  /** One region in one month. {@code status} is empty where nothing was decided yet. */
  public record Standing(
      RegionId region,
      YearMonth month,
      String conditionsMet,
      Recommendation recommendation,
      Optional<Status> status) {

    /**
     * "LOCAL_CONTROL since 2007-12 (decided)", else "not decided (recommended track LOCAL_LEAD)".
     */
    public String describeStatus() {
      return status
          .map(s -> s.stage() + " since " + s.since() + " (decided)")
          .orElse("not decided (recommended track " + recommendation.baseline().id() + ")");
    }

    /**
     * "its conditions have not held since 2008-03 (4 months): for review", and the like for each
     * state.
     */
    public String describeRecommendation() {
      Recommendation r = recommendation;
      String run =
          " since "
              + r.since()
              + " ("
              + r.months()
              + (r.months() == 1 ? " month" : " months")
              + ")";
      return switch (r.state()) {
        case HOLD ->
            "its conditions have" + (r.conditionsHold() ? "" : " not") + " held" + run + ": hold";
        case FOR_REVIEW -> "its conditions have not held" + run + ": for review";
        case RECOMMEND_STEP_BACK ->
            "its conditions have not held"
                + run
                + ": step back to "
                + r.recommended().id()
                + " recommended";
        case RECOMMEND_PROMOTION ->
            "the conditions of "
                + r.recommended().id()
                + " have held"
                + run
                + ": promotion to "
                + r.recommended().id()
                + " recommended";
      };
    }

    /**
     * "Basra: LOCAL_CONTROL since 2007-12 (decided); its conditions have not held since 2008-03 (4
     * months): for review".
     */
    public String describe() {
      return region.name() + ": " + describeStatus() + "; " + describeRecommendation();
    }

    /**
     * The state in lower case with spaces, as the table and the CSV cells write it: "for review".
     */
    public String recommendationLabel() {
      return label(recommendation.state());
    }
  }

  private Standings(
      Evaluation evaluation,
      Recommendations recommendations,
      Ledger ledger,
      List<InputRef> ledgerSources) {
    this.evaluation = evaluation;
    this.ledgerSources = List.copyOf(ledgerSources);
    this.theater = evaluation.panel().theater();
    this.months = evaluation.months();
    this.met = evaluation.metRanks();
    this.recommendations = recommendations;
    this.decision = ledger.deciding(theater, months, evaluation.benchmarkSet().stages());
  }

  /**
   * @param recommendations the evaluation's recommendations relative to {@code ledger}'s decided
   *     status
   * @param ledgerSources the files the ledger's entries were imported from (role {@code
   *     decisions}), with SHA-256
   */
  public static Standings of(
      Evaluation evaluation,
      Recommendations recommendations,
      Ledger ledger,
      List<InputRef> ledgerSources) {
    return new Standings(evaluation, recommendations, ledger, ledgerSources);
  }

  /** The files the decision ledger was imported from: the source of every status. */
  public List<InputRef> ledgerSources() {
    return ledgerSources;
  }

  public MonthRange months() {
    return months;
  }

  public Theater theater() {
    return theater;
  }

  public Standing at(RegionId region, YearMonth month) {
    int r = theater.indexOf(region);
    int m = months.offsetOf(month);
    LedgerEntry e = decision[r][m];
    Optional<Status> status =
        e == null
            ? Optional.empty()
            : Optional.of(new Status(e.toStage(), e.effectiveMonth(), e.id()));
    return new Standing(
        region,
        month,
        evaluation.benchmarkSet().stages().get(met[r][m]).id(),
        recommendations.at(r, m),
        status);
  }

  /** Every region in {@code month}, in the theater's order. */
  public List<Standing> at(YearMonth month) {
    return theater.regions().stream().map(reg -> at(reg.id(), month)).toList();
  }

  /** "for review", "recommend promotion": a state as the outputs write it. */
  public static String label(RecommendationState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * {@code p} as the provenance of a result that shows the status: the decision ledger's source
   * files join its inputs (once), and a note says the status comes from the ledger and names them.
   */
  public Provenance provenance(Provenance p) {
    String files =
        ledgerSources.isEmpty()
            ? "no import (decisions recorded with handover decide, or none)"
            : ledgerSources.stream()
                .map(i -> i.name() + " (sha256 " + i.sha256() + ")")
                .collect(Collectors.joining(", "));
    return p.withInputs(ledgerSources)
        .withNote(
            STATUS_NOTE,
            "status is the stage decided in the decision ledger (REAL decisions), imported from "
                + files
                + "; the recommendation is relative to it where a region is decided, else to the "
                + "region's own recommended track");
  }
}
