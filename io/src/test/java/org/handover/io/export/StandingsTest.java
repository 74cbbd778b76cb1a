package org.handover.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.Recommendation;
import org.handover.engine.decision.RecommendationState;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

/**
 * The wording every output uses for a region's status and recommendation: status first, then the
 * run of months.
 */
class StandingsTest {
  static final Stage LEAD = new Stage("LOCAL_LEAD", "", List.of());
  static final Stage CONTROL = new Stage("LOCAL_CONTROL", "", List.of());
  static final YearMonth JUNE = YearMonth.of(2008, 6);

  static Standings.Standing standing(
      RecommendationState state,
      Stage baseline,
      boolean decided,
      Stage recommended,
      boolean hold,
      int months) {
    Recommendation r =
        new Recommendation(
            JUNE,
            state,
            baseline,
            decided,
            recommended,
            hold,
            JUNE.minusMonths(months - 1),
            months);
    Optional<Standings.Status> status =
        decided
            ? Optional.of(
                new Standings.Status(
                    baseline.id(), YearMonth.of(2007, 12), "basra/LOCAL_CONTROL/2007-12-16"))
            : Optional.empty();
    return new Standings.Standing(new RegionId("Basra"), JUNE, LEAD.id(), r, status);
  }

  @Test
  void aDecidedRegionWhoseConditionsFailIsForReview() {
    Standings.Standing s =
        standing(RecommendationState.FOR_REVIEW, CONTROL, true, CONTROL, false, 4);
    assertThat(s.describe())
        .isEqualTo(
            "Basra: LOCAL_CONTROL since 2007-12 (decided); its conditions have not held since "
                + "2008-03 (4 months): for review");
    assertThat(s.recommendationLabel()).isEqualTo("for review");
  }

  @Test
  void anUndecidedRegionNamesItsTrackAndEachStateReadsAsASentence() {
    assertThat(standing(RecommendationState.HOLD, LEAD, false, LEAD, true, 1).describe())
        .isEqualTo(
            "Basra: not decided (recommended track LOCAL_LEAD); its conditions have held since 2008-06 (1 month): hold");
    assertThat(
            standing(RecommendationState.HOLD, CONTROL, true, CONTROL, false, 2)
                .describeRecommendation())
        .isEqualTo("its conditions have not held since 2008-05 (2 months): hold");
    assertThat(
            standing(RecommendationState.RECOMMEND_PROMOTION, LEAD, false, CONTROL, true, 3)
                .describeRecommendation())
        .isEqualTo(
            "the conditions of LOCAL_CONTROL have held since 2008-04 (3 months): promotion to LOCAL_CONTROL recommended");
    Standings.Standing back =
        standing(RecommendationState.RECOMMEND_STEP_BACK, CONTROL, true, LEAD, false, 6);
    assertThat(back.describeRecommendation())
        .isEqualTo(
            "its conditions have not held since 2008-01 (6 months): step back to LOCAL_LEAD recommended");
    assertThat(back.recommendationLabel()).isEqualTo("recommend step back");
  }
}
