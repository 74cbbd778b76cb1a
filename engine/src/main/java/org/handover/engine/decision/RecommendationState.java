package org.handover.engine.decision;

/** What the hysteresis rule says about a region in a month, relative to its baseline stage. */
public enum RecommendationState {
  /**
   * Stay: the baseline stage's conditions hold, or have failed for fewer than {@code review_after}
   * months.
   */
  HOLD,
  /** The conditions of a higher stage have held for its {@code promote_after} months. */
  RECOMMEND_PROMOTION,
  /** The baseline stage's conditions have failed for {@code review_after} months or more. */
  FOR_REVIEW,
  /** The baseline stage's conditions have failed for {@code demote_after} months or more. */
  RECOMMEND_STEP_BACK;

  static final RecommendationState[] VALUES = values();
}
