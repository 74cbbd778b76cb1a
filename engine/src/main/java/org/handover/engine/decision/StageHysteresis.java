package org.handover.engine.decision;

import java.util.Objects;
import org.handover.engine.HandoverException;

/**
 * How long a stage's conditions must hold, or fail, before the recommendation moves: the hysteresis
 * that keeps a monthly judgement which flickers from becoming a recommendation which flickers.
 *
 * <ul>
 *   <li>{@code promoteAfter}: consecutive months the stage's conditions must hold before a region
 *       below it is recommended for it. The first month they hold counts as month 1, so with 3 a
 *       region whose conditions hold from 2007-01 is recommended in 2007-03.
 *   <li>{@code reviewAfter}: consecutive months the conditions of a region's current stage must have
 *       failed before the region is flagged for review.
 *   <li>{@code demoteAfter}: consecutive months failed before the region is recommended to step
 *       back; at least {@code reviewAfter}, so a step back is always preceded by a review (unless
 *       both are equal).
 * </ul>
 *
 * <p>Defaults ({@link #defaults}): promote after {@value #DEFAULT_PROMOTE_AFTER}, review after
 * {@value #DEFAULT_REVIEW_AFTER}, step back after {@value #DEFAULT_DEMOTE_AFTER} months. They follow
 * how Provincial Iraqi Control worked: a province was transferred only once the conditions had been
 * sustained, assessed over a quarter (the coalition's quarterly reporting cycle; one quiet month is
 * noise), a single bad month (one mass-casualty attack) did not reopen a transfer but two in a row
 * were reason to look again, and a transfer was to be reversed only after sustained deterioration
 * (two quarters; none of the 13 PIC transfers was reversed). The first stage of a ladder cannot be
 * promoted to or failed, so its numbers are never used.
 */
public record StageHysteresis(String stage, int promoteAfter, int reviewAfter, int demoteAfter, String justification) {
  public static final int DEFAULT_PROMOTE_AFTER = 3;
  public static final int DEFAULT_REVIEW_AFTER = 2;
  public static final int DEFAULT_DEMOTE_AFTER = 6;
  static final String DEFAULT_JUSTIFICATION = "default: conditions sustained for a quarter before a recommendation;"
      + " two failed months for a review; two failed quarters before stepping back";

  public StageHysteresis {
    Objects.requireNonNull(stage, "stage");
    justification = justification == null ? "" : justification.strip();
    positive(stage, "promote_after", promoteAfter);
    positive(stage, "review_after", reviewAfter);
    positive(stage, "demote_after", demoteAfter);
    if (reviewAfter > demoteAfter) {
      throw new HandoverException("hysteresis of stage " + stage + ": review_after (" + reviewAfter
          + " months) must not exceed demote_after (" + demoteAfter + " months): a region is flagged for review"
          + " before it is recommended to step back");
    }
  }

  public static StageHysteresis of(String stage, int promoteAfter, int reviewAfter, int demoteAfter,
      String justification) {
    return new StageHysteresis(stage, promoteAfter, reviewAfter, demoteAfter, justification);
  }

  /** The default numbers for {@code stage}, with their justification. */
  public static StageHysteresis defaults(String stage) {
    return new StageHysteresis(stage, DEFAULT_PROMOTE_AFTER, DEFAULT_REVIEW_AFTER, DEFAULT_DEMOTE_AFTER,
        DEFAULT_JUSTIFICATION);
  }

  private static void positive(String stage, String rule, int months) {
    if (months < 1) {
      throw new HandoverException("hysteresis of stage " + stage + ": " + rule + " must be at least 1 month, got "
          + months);
    }
  }
}
