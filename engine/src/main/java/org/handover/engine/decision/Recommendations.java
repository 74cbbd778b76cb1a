package org.handover.engine.decision;

import static org.handover.engine.decision.HysteresisPass.CONDITIONS_HOLD;
import static org.handover.engine.decision.HysteresisPass.DECIDED;
import static org.handover.engine.decision.HysteresisPass.STATE_MASK;

import java.time.YearMonth;
import java.util.List;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.time.MonthRange;

/**
 * The recommendation of every region in every month ({@link Hysteresis} defines them), held in
 * primitive arrays; the accessors take a region index (the theater's order) and a month offset on
 * {@link #months()}. {@link #at} builds a {@link Recommendation} value for one region-month.
 */
public final class Recommendations {
  private final List<Stage> stages;
  private final MonthRange months;
  private final byte[][] baseline;
  private final byte[][] recommended;
  private final byte[][] flags;
  private final int[][] count;
  private final boolean anyDecided;

  Recommendations(
      List<Stage> stages,
      MonthRange months,
      byte[][] baseline,
      byte[][] recommended,
      byte[][] flags,
      int[][] count,
      boolean anyDecided) {
    this.stages = stages;
    this.months = months;
    this.baseline = baseline;
    this.recommended = recommended;
    this.flags = flags;
    this.count = count;
    this.anyDecided = anyDecided;
  }

  // The arrays themselves, never written after construction, for a pass that continues from them.
  byte[][] baselineRows() {
    return baseline;
  }

  byte[][] recommendedRows() {
    return recommended;
  }

  byte[][] flagRows() {
    return flags;
  }

  int[][] countRows() {
    return count;
  }

  public List<Stage> stages() {
    return stages;
  }

  public MonthRange months() {
    return months;
  }

  public int regionCount() {
    return baseline.length;
  }

  /**
   * Whether some month's recommendation is relative to a decided status rather than to the track.
   */
  public boolean relativeToDecisions() {
    return anyDecided;
  }

  /** Rank of the stage the recommendation is relative to: the decided status, else the track. */
  public int baselineRank(int region, int month) {
    return baseline[region][month];
  }

  /** Whether {@link #baselineRank} is a decided status (from the ledger) rather than the track. */
  public boolean decided(int region, int month) {
    return (flags[region][month] & DECIDED) != 0;
  }

  /**
   * Rank of the stage the rule recommends: the target of a promotion or step back, else the
   * baseline.
   */
  public int recommendedRank(int region, int month) {
    return recommended[region][month];
  }

  public RecommendationState state(int region, int month) {
    return RecommendationState.VALUES[flags[region][month] & STATE_MASK];
  }

  /** Whether the baseline stage's conditions are met in the month. */
  public boolean conditionsHold(int region, int month) {
    return (flags[region][month] & CONDITIONS_HOLD) != 0;
  }

  /**
   * Months in the run the state rests on, the month itself included: for a promotion, months the
   * target's conditions have held; for a review or step back, months the baseline's have failed;
   * for a hold, months the baseline's have held, or failed when {@link #conditionsHold} is false
   * (the lowest stage holds from the first month of data).
   */
  public int count(int region, int month) {
    return count[region][month];
  }

  /** First month of the run that {@link #count} counts. */
  public YearMonth since(int region, int month) {
    return months.monthAt(month - count[region][month] + 1);
  }

  /** The recommended stage ranks of one region, month by month (a copy). */
  public int[] recommendedTrack(int region) {
    byte[] row = recommended[region];
    int[] out = new int[row.length];
    for (int m = 0; m < row.length; m++) {
      out[m] = row[m];
    }
    return out;
  }

  /** The recommendation of one region in one month, as a value. */
  public Recommendation at(int region, int month) {
    return new Recommendation(
        months.monthAt(month),
        state(region, month),
        stages.get(baselineRank(region, month)),
        decided(region, month),
        stages.get(recommendedRank(region, month)),
        conditionsHold(region, month),
        since(region, month),
        count(region, month));
  }
}
