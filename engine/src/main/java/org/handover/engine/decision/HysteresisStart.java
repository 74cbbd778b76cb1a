package org.handover.engine.decision;

/**
 * Where the hysteresis pass stood at the start of a month: each region's runs of held and failed
 * conditions and its recommended track, and every recommendation before that month. Many sample
 * paths share their history, so one pass over it serves them all and each path's pass starts here
 * ({@link Hysteresis#recommendFrom}).
 */
public final class HysteresisStart {
  final int month;
  final int[][] held;
  final int[][] failed;
  final int[] track;
  byte[][] baseline;
  byte[][] recommended;
  byte[][] flags;
  int[][] count;
  boolean anyDecided;

  HysteresisStart(int regions, int stages, int month) {
    this.month = month;
    this.held = new int[regions][stages];
    this.failed = new int[regions][stages];
    this.track = new int[regions];
  }

  void save(int region, int[] heldNow, int[] failedNow, int trackNow) {
    System.arraycopy(heldNow, 0, held[region], 0, heldNow.length);
    System.arraycopy(failedNow, 0, failed[region], 0, failedNow.length);
    track[region] = trackNow;
  }

  /**
   * Keeps the recommendations before {@link #month}, and whether any of them was relative to a
   * decision (a decision later on adds to that, never removes it).
   */
  void keep(Recommendations all, boolean decidedBefore) {
    baseline = all.baselineRows();
    recommended = all.recommendedRows();
    flags = all.flagRows();
    count = all.countRows();
    anyDecided = decidedBefore;
  }

  /** The first month the pass continued from here computes. */
  public int month() {
    return month;
  }
}
