package org.handover.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.engine.decision.Ladders.FIVE;
import static org.handover.engine.decision.Ladders.TWO;
import static org.handover.engine.decision.Ladders.months;
import static org.handover.engine.decision.RecommendationState.FOR_REVIEW;
import static org.handover.engine.decision.RecommendationState.HOLD;
import static org.handover.engine.decision.RecommendationState.RECOMMEND_PROMOTION;
import static org.handover.engine.decision.RecommendationState.RECOMMEND_STEP_BACK;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class HysteresisTest {
  // HIGH's conditions met 2007-01..05 and 2007-07; not 2007-06 nor 2007-08..2008-02 (the Javadoc
  // example).
  static final MonthRange MONTHS = months("2007-01", 14);
  static final int[] MET = {1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0};

  @Test
  void theDocumentedExampleOnTheTrack() {
    Recommendations rec = Hysteresis.defaults(TWO).recommend(MONTHS, new int[][] {MET});
    assertThat(states(rec))
        .containsExactly(
            HOLD,
            HOLD,
            RECOMMEND_PROMOTION,
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            FOR_REVIEW,
            FOR_REVIEW,
            FOR_REVIEW,
            FOR_REVIEW,
            RECOMMEND_STEP_BACK,
            HOLD);
    assertThat(rec.recommendedTrack(0)).containsExactly(0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0);
    assertThat(rec.at(0, 2))
        .isEqualTo(
            new Recommendation(
                YearMonth.parse("2007-03"),
                RECOMMEND_PROMOTION,
                TWO.get(0),
                false,
                TWO.get(1),
                true,
                YearMonth.parse("2007-01"),
                3));
    Recommendation tolerated = rec.at(0, 5);
    assertThat(tolerated.state()).isEqualTo(HOLD);
    assertThat(tolerated.conditionsHold()).isFalse();
    assertThat(tolerated.since()).isEqualTo(YearMonth.parse("2007-06"));
    assertThat(tolerated.months()).isEqualTo(1);
    Recommendation review = rec.at(0, 8);
    assertThat(review.baseline().id()).isEqualTo("HIGH");
    assertThat(review.since()).isEqualTo(YearMonth.parse("2007-08"));
    assertThat(review.months()).isEqualTo(2);
    assertThat(rec.at(0, 12).months()).isEqualTo(6);
    assertThat(rec.at(0, 12).recommended().id()).isEqualTo("LOW");
    assertThat(rec.at(0, 13).since()).isEqualTo(YearMonth.parse("2007-01"));
    assertThat(rec.at(0, 13).months()).isEqualTo(14);
    assertThat(rec.relativeToDecisions()).isFalse();
  }

  @Test
  void relativeToADecidedStatusARecommendationStandsUntilDecided() {
    int[] status = new int[14];
    Arrays.fill(status, -1);
    // HIGH decided from 2007-02: the track's promotion in 2007-03 is then no recommendation at all.
    Arrays.fill(status, 1, 14, 1);
    Recommendations rec =
        Hysteresis.defaults(TWO).recommend(MONTHS, new int[][] {MET}, new int[][] {status});
    assertThat(states(rec))
        .containsExactly(
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            HOLD,
            FOR_REVIEW,
            FOR_REVIEW,
            FOR_REVIEW,
            FOR_REVIEW,
            RECOMMEND_STEP_BACK,
            RECOMMEND_STEP_BACK);
    assertThat(rec.decided(0, 0)).isFalse();
    assertThat(rec.decided(0, 1)).isTrue();
    assertThat(rec.baselineRank(0, 13)).isEqualTo(1);
    assertThat(rec.recommendedRank(0, 13)).isZero();
    assertThat(rec.count(0, 13)).isEqualTo(7);
    assertThat(rec.relativeToDecisions()).isTrue();
  }

  @Test
  void undecidedStatusIsTheTrack() {
    int[] undecided = new int[14];
    Arrays.fill(undecided, -1);
    Recommendations track = Hysteresis.defaults(TWO).recommend(MONTHS, new int[][] {MET});
    Recommendations same =
        Hysteresis.defaults(TWO).recommend(MONTHS, new int[][] {MET}, new int[][] {undecided});
    assertThat(same.recommendedTrack(0)).containsExactly(track.recommendedTrack(0));
    assertThat(states(same)).containsExactly(states(track));
    assertThat(same.relativeToDecisions()).isFalse();
  }

  @Test
  void promotionGoesToTheHighestStageHeldLongEnough() {
    // LOCAL_CONTROL (3) met for 3 months from the start: straight from FOREIGN_LEAD, skipping 1 and
    // 2.
    Recommendations rec =
        Hysteresis.defaults(FIVE).recommend(months("2006-01", 4), new int[][] {{3, 3, 3, 4}});
    assertThat(rec.recommendedTrack(0)).containsExactly(0, 0, 3, 3);
    assertThat(rec.state(0, 2)).isEqualTo(RECOMMEND_PROMOTION);
  }

  @Test
  void stepBackGoesBelowStagesThatFailedLongEnoughThemselves() {
    Hysteresis rule =
        Hysteresis.defaults(FIVE)
            .with(StageHysteresis.of("LOCAL_CONTROL", 1, 1, 2, "test"))
            .with(StageHysteresis.of("LOCAL_LEAD", 1, 1, 2, "test"))
            .with(StageHysteresis.of("JOINT", 1, 1, 5, "test"));
    // At LOCAL_CONTROL from month 0, then only JOINT's conditions hold: LOCAL_LEAD failed as long
    // as LOCAL_CONTROL.
    Recommendations rec = rule.recommend(months("2006-01", 3), new int[][] {{3, 1, 1}});
    assertThat(rec.recommendedTrack(0)).containsExactly(3, 3, 1);
    assertThat(rec.state(0, 1)).isEqualTo(FOR_REVIEW);
    assertThat(rec.state(0, 2)).isEqualTo(RECOMMEND_STEP_BACK);
  }

  @Test
  void defaultsAreStatedAndOverridable() {
    Hysteresis rule = Hysteresis.defaults(FIVE);
    assertThat(rule.rule("JOINT")).isEqualTo(StageHysteresis.defaults("JOINT"));
    assertThat(
            List.of(
                rule.rule("JOINT").promoteAfter(),
                rule.rule("JOINT").reviewAfter(),
                rule.rule("JOINT").demoteAfter()))
        .containsExactly(3, 2, 6);
    assertThat(rule.rule("JOINT").promote().justification()).startsWith("default:");
    Hysteresis custom =
        Hysteresis.of(
            FIVE, List.of(StageHysteresis.of("LOCAL_CONTROL", 4, 3, 9, "PIC: sustained")));
    assertThat(custom.rule("LOCAL_CONTROL").promoteAfter()).isEqualTo(4);
    assertThat(custom.rule("LOCAL_CONTROL").promote().justification()).isEqualTo("PIC: sustained");
    assertThat(custom.rules()).hasSize(5);
  }

  @Test
  void rulesAreValidatedWithTheStageAndTheRuleNamed() {
    assertThatThrownBy(() -> StageHysteresis.of("JOINT", 0, 2, 6, ""))
        .isInstanceOf(HandoverException.class)
        .hasMessage("hysteresis of stage JOINT: promote_after must be at least 1 month, got 0");
    assertThatThrownBy(() -> StageHysteresis.of("JOINT", 3, -1, 6, ""))
        .hasMessage("hysteresis of stage JOINT: review_after must be at least 1 month, got -1");
    assertThatThrownBy(() -> StageHysteresis.of("JOINT", 3, 2, 0, ""))
        .hasMessage("hysteresis of stage JOINT: demote_after must be at least 1 month, got 0");
    assertThatThrownBy(() -> StageHysteresis.of("LOCAL_CONTROL", 3, 7, 6, ""))
        .isInstanceOf(HandoverException.class)
        .hasMessage(
            "hysteresis of stage LOCAL_CONTROL: review_after (7 months) must not exceed demote_after"
                + " (6 months): a region is flagged for review before it is recommended to step back");
    assertThatThrownBy(() -> Hysteresis.of(TWO, List.of(StageHysteresis.defaults("MIDDLE"))))
        .isInstanceOf(HandoverException.class)
        .hasMessage("hysteresis names stage MIDDLE, which is not on the ladder (LOW, HIGH)");
    assertThatThrownBy(
            () ->
                Hysteresis.of(
                    TWO,
                    List.of(StageHysteresis.defaults("HIGH"), StageHysteresis.defaults("HIGH"))))
        .isInstanceOf(HandoverException.class)
        .hasMessage("hysteresis gives stage HIGH twice");
  }

  @Test
  void inputsOfTheWrongShapeAreBugs() {
    Hysteresis rule = Hysteresis.defaults(TWO);
    assertThatThrownBy(() -> rule.recommend(months("2007-01", 3), new int[][] {{0, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cover 2 months, not 3");
    assertThatThrownBy(() -> rule.recommend(months("2007-01", 2), new int[][] {{0, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("met rank 2");
    assertThatThrownBy(
            () -> rule.recommend(months("2007-01", 2), new int[][] {{0, 1}}, new int[][] {{-2, 0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status -2");
  }

  static RecommendationState[] states(Recommendations rec) {
    RecommendationState[] out = new RecommendationState[rec.months().length()];
    for (int m = 0; m < out.length; m++) {
      out[m] = rec.state(0, m);
    }
    return out;
  }
}
