package org.handover.engine.decision;

import java.util.Arrays;
import org.handover.engine.time.MonthRange;

/**
 * The single pass per region behind {@link Hysteresis#recommend}: primitive arrays only, no objects
 * per month.
 */
final class HysteresisPass {
  static final int HOLD = RecommendationState.HOLD.ordinal();
  static final int PROMOTION = RecommendationState.RECOMMEND_PROMOTION.ordinal();
  static final int REVIEW = RecommendationState.FOR_REVIEW.ordinal();
  static final int STEP_BACK = RecommendationState.RECOMMEND_STEP_BACK.ordinal();

  /** Flag bits above the state's ordinal. */
  static final int STATE_MASK = 0x0f;

  static final int DECIDED = 0x10;
  static final int CONDITIONS_HOLD = 0x20;

  private HysteresisPass() {}

  static Recommendations run(Hysteresis rule, MonthRange months, int[][] met, int[][] status) {
    return run(rule, months, met, status, null, null);
  }

  /**
   * The pass, continued from {@code start} when given (its months are copied, the rest computed
   * from its state), and recording in {@code saved}, when given, its state at the start of {@code
   * saved}'s month.
   */
  static Recommendations run(
      Hysteresis rule,
      MonthRange months,
      int[][] met,
      int[][] status,
      HysteresisStart start,
      HysteresisStart saved) {
    int[] promote = rule.promoteAfter();
    int[] review = rule.reviewAfter();
    int[] demote = rule.demoteAfter();
    int stages = promote.length;
    int regions = met.length;
    int n = months.length();
    if (start != null && (start.held.length != regions || start.month >= n)) {
      throw new IllegalArgumentException(
          "the pass's start covers "
              + start.held.length
              + " regions and "
              + start.month
              + " months, not "
              + regions
              + " regions within "
              + n
              + " months");
    }
    if (status != null && status.length != regions) {
      throw new IllegalArgumentException(
          "status has " + status.length + " regions, met ranks " + regions);
    }
    byte[][] baseline = new byte[regions][n];
    byte[][] recommended = new byte[regions][n];
    byte[][] flags = new byte[regions][n];
    int[][] count = new int[regions][n];
    // Consecutive months each stage's conditions have held / failed, up to the current month.
    int[] held = new int[stages];
    int[] failed = new int[stages];
    boolean anyDecided = start != null && start.anyDecided;
    int stopAt = saved == null ? -1 : saved.month;
    boolean decidedBefore = false;
    for (int r = 0; r < regions; r++) {
      int[] metRow = met[r];
      int[] statusRow = status == null ? null : status[r];
      checkLength("met ranks", r, metRow, n);
      if (statusRow != null) {
        checkLength("status", r, statusRow, n);
      }
      Arrays.fill(held, 0);
      Arrays.fill(failed, 0);
      int track = 0;
      int first = 0;
      if (start != null) {
        first = start.month;
        System.arraycopy(start.baseline[r], 0, baseline[r], 0, first);
        System.arraycopy(start.recommended[r], 0, recommended[r], 0, first);
        System.arraycopy(start.flags[r], 0, flags[r], 0, first);
        System.arraycopy(start.count[r], 0, count[r], 0, first);
        System.arraycopy(start.held[r], 0, held, 0, stages);
        System.arraycopy(start.failed[r], 0, failed, 0, stages);
        track = start.track[r];
      }
      for (int m = first; m < n; m++) {
        if (m == stopAt) {
          saved.save(r, held, failed, track);
        }
        int k = metRow[m];
        if (k < 0 || k >= stages) {
          throw new IllegalArgumentException(
              "met rank " + k + " of region " + r + ", month " + m + " is not a stage");
        }
        held[0]++;
        for (int s = 1; s < stages; s++) {
          if (k >= s) {
            held[s]++;
            failed[s] = 0;
          } else {
            held[s] = 0;
            failed[s]++;
          }
        }
        int decided = statusRow == null ? -1 : statusRow[m];
        if (decided < -1 || decided >= stages) {
          throw new IllegalArgumentException(
              "status " + decided + " of region " + r + ", month " + m + " is not a stage");
        }
        int base = decided >= 0 ? decided : track;
        int up = 0;
        for (int s = stages - 1; s > base; s--) {
          if (held[s] >= promote[s]) {
            up = s;
            break;
          }
        }
        int state;
        int rec = base;
        int cnt;
        if (up > 0) {
          state = PROMOTION;
          rec = up;
          cnt = held[up];
        } else if (k >= base) {
          state = HOLD;
          cnt = held[base];
        } else {
          cnt = failed[base];
          if (cnt >= demote[base]) {
            state = STEP_BACK;
            rec = base - 1;
            while (rec > 0 && failed[rec] >= demote[rec]) {
              rec--;
            }
          } else {
            state = cnt >= review[base] ? REVIEW : HOLD;
          }
        }
        baseline[r][m] = (byte) base;
        recommended[r][m] = (byte) rec;
        flags[r][m] =
            (byte) (state | (decided >= 0 ? DECIDED : 0) | (k >= base ? CONDITIONS_HOLD : 0));
        count[r][m] = cnt;
        anyDecided |= decided >= 0;
        decidedBefore |= decided >= 0 && m < stopAt;
        track = rec;
      }
    }
    Recommendations out =
        new Recommendations(rule.stages(), months, baseline, recommended, flags, count, anyDecided);
    if (saved != null) {
      saved.keep(out, decidedBefore);
    }
    return out;
  }

  private static void checkLength(String what, int region, int[] row, int months) {
    if (row.length != months) {
      throw new IllegalArgumentException(
          what + " of region " + region + " cover " + row.length + " months, not " + months);
    }
  }
}
