package org.handover.engine.benchmark;

import java.util.Objects;
import org.handover.engine.HandoverException;

/**
 * How long a stage's conditions must hold, or fail, before the recommendation moves: the hysteresis
 * that keeps a monthly judgement which flickers from becoming a recommendation which flickers. Each
 * number carries its own justification, since each is a policy choice a reader must be able to
 * check.
 *
 * <ul>
 *   <li>{@code promote} ({@code promote_after}): consecutive months the stage's conditions must
 *       hold before a region below it is recommended for it. The first month they hold counts as
 *       month 1, so with 3 a region whose conditions hold from 2007-01 is recommended in 2007-03.
 *   <li>{@code review} ({@code review_after}): consecutive months the conditions of a region's
 *       current stage must have failed before the region is flagged for review.
 *   <li>{@code demote} ({@code demote_after}): consecutive months failed before the region is
 *       recommended to step back; at least {@code review}, so a step back is always preceded by a
 *       review (unless both are equal).
 * </ul>
 *
 * <p>Defaults ({@link #defaults}): promote after {@value #DEFAULT_PROMOTE_AFTER}, review after
 * {@value #DEFAULT_REVIEW_AFTER}, step back after {@value #DEFAULT_DEMOTE_AFTER} months. They
 * follow how Provincial Iraqi Control worked: a province was transferred only once the conditions
 * had been sustained, assessed over a quarter (the coalition's quarterly reporting cycle; one quiet
 * month is noise), a single bad month (one mass-casualty attack) did not reopen a transfer but two
 * in a row were reason to look again, and a transfer was to be reversed only after sustained
 * deterioration (two quarters; none of the 13 PIC transfers was reversed). The first stage of a
 * ladder cannot be promoted to or failed, so its numbers are never used.
 */
public record StageHysteresis(String stage, Months promote, Months review, Months demote) {
  public static final int DEFAULT_PROMOTE_AFTER = 3;
  public static final int DEFAULT_REVIEW_AFTER = 2;
  public static final int DEFAULT_DEMOTE_AFTER = 6;
  public static final Months DEFAULT_PROMOTE =
      new Months(
          DEFAULT_PROMOTE_AFTER,
          "default: conditions sustained for a quarter, the coalition's reporting cycle, before a recommendation;"
              + " one good month is noise");
  public static final Months DEFAULT_REVIEW =
      new Months(
          DEFAULT_REVIEW_AFTER,
          "default: one bad month (a single mass-casualty attack) is noise; two in a row are reason to look again");
  public static final Months DEFAULT_DEMOTE =
      new Months(
          DEFAULT_DEMOTE_AFTER,
          "default: a step back only after sustained deterioration, two failed quarters");

  /** A number of consecutive months, and why that number. */
  public record Months(int months, String justification) {
    public Months {
      justification = justification == null ? "" : justification.strip();
    }
  }

  public StageHysteresis {
    Objects.requireNonNull(stage, "stage");
    positive(stage, "promote_after", Objects.requireNonNull(promote, "promote"));
    positive(stage, "review_after", Objects.requireNonNull(review, "review"));
    positive(stage, "demote_after", Objects.requireNonNull(demote, "demote"));
    if (review.months() > demote.months()) {
      throw new HandoverException(
          "hysteresis of stage "
              + stage
              + ": review_after ("
              + review.months()
              + " months) must not exceed demote_after ("
              + demote.months()
              + " months): a region is flagged for review"
              + " before it is recommended to step back");
    }
  }

  /** Three numbers sharing one justification (for tests and what-ifs). */
  public static StageHysteresis of(
      String stage, int promoteAfter, int reviewAfter, int demoteAfter, String justification) {
    return new StageHysteresis(
        stage,
        new Months(promoteAfter, justification),
        new Months(reviewAfter, justification),
        new Months(demoteAfter, justification));
  }

  /** The default numbers for {@code stage}, each with its justification. */
  public static StageHysteresis defaults(String stage) {
    return new StageHysteresis(stage, DEFAULT_PROMOTE, DEFAULT_REVIEW, DEFAULT_DEMOTE);
  }

  /** The same numbers for another stage. */
  public StageHysteresis forStage(String id) {
    return new StageHysteresis(id, promote, review, demote);
  }

  public int promoteAfter() {
    return promote.months();
  }

  public int reviewAfter() {
    return review.months();
  }

  public int demoteAfter() {
    return demote.months();
  }

  private static void positive(String stage, String rule, Months months) {
    if (months.months() < 1) {
      throw new HandoverException(
          "hysteresis of stage "
              + stage
              + ": "
              + rule
              + " must be at least 1 month, got "
              + months.months());
    }
  }
}
