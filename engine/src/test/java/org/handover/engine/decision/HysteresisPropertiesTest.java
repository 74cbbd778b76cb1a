package org.handover.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handover.engine.decision.Ladders.FIVE;
import static org.handover.engine.decision.Ladders.months;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class HysteresisPropertiesTest {
  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20_261_130L).withExamples(400);
  }

  /**
   * Met ranks on the five-stage ladder, 1-60 months, in runs so that conditions sometimes hold a
   * while.
   */
  private static final Gen<int[]> MET =
      lists()
          .of(integers().between(0, 4).zip(integers().between(1, 8), List::of))
          .ofSizeBetween(1, 12)
          .map(
              runs -> {
                List<Integer> months = new ArrayList<>();
                runs.forEach(run -> months.addAll(Collections.nCopies(run.get(1), run.get(0))));
                return months.stream().limit(60).mapToInt(Integer::intValue).toArray();
              })
          .describedAs(Arrays::toString);

  /** Random valid numbers for every stage. */
  private static final Gen<Hysteresis> RULE =
      lists()
          .of(
              integers()
                  .between(1, 6)
                  .zip(
                      integers().between(1, 6),
                      integers().between(0, 4),
                      (p, r, extra) -> new int[] {p, r, r + extra}))
          .ofSize(5)
          .map(
              numbers -> {
                Hysteresis h = Hysteresis.defaults(FIVE);
                for (int s = 0; s < 5; s++) {
                  int[] n = numbers.get(s);
                  h = h.with(StageHysteresis.of(FIVE.get(s).id(), n[0], n[1], n[2], "random"));
                }
                return h;
              })
          .describedAs(h -> h.rules().toString());

  private static MonthRange axis(int[] met) {
    return months("2005-01", met.length);
  }

  @Test
  void conditionsThatAlternateEveryMonthNeverPromote() {
    qt().forAll(integers().between(1, 4), integers().between(2, 6), integers().between(1, 60))
        .checkAssert(
            (k, p, n) -> {
              int[] met = new int[n];
              for (int m = 0; m < n; m++) {
                met[m] = m % 2 == 0 ? k : 0;
              }
              Hysteresis rule = Hysteresis.defaults(FIVE);
              for (int s = 1; s < 5; s++) {
                rule = rule.with(StageHysteresis.of(FIVE.get(s).id(), p, 2, 6, ""));
              }
              Recommendations rec = rule.recommend(axis(met), new int[][] {met});
              assertThat(rec.recommendedTrack(0)).containsOnly(0);
            });
  }

  @Test
  void conditionsThatHoldPromoteInTheirPromoteAfterthMonth() {
    // Not met for `before` months, then met from month `before` on: that month counts as month 1,
    // so the
    // promotion is recommended in month before + p - 1, not earlier.
    qt().forAll(integers().between(1, 4), integers().between(1, 6), integers().between(0, 10))
        .checkAssert(
            (k, p, before) -> {
              int[] met = new int[before + p + 3];
              Arrays.fill(met, before, met.length, k);
              Hysteresis rule = Hysteresis.defaults(FIVE);
              for (int s = 1; s < 5; s++) {
                rule = rule.with(StageHysteresis.of(FIVE.get(s).id(), p, 2, 6, ""));
              }
              Recommendations rec = rule.recommend(axis(met), new int[][] {met});
              int promoted = before + p - 1;
              for (int m = 0; m < met.length; m++) {
                assertThat(rec.recommendedRank(0, m)).isEqualTo(m < promoted ? 0 : k);
                assertThat(rec.state(0, m))
                    .isEqualTo(
                        m == promoted
                            ? RecommendationState.RECOMMEND_PROMOTION
                            : RecommendationState.HOLD);
              }
              assertThat(rec.since(0, promoted)).isEqualTo(axis(met).monthAt(before));
              assertThat(rec.count(0, promoted)).isEqualTo(p);
            });
  }

  @Test
  void reviewAndStepBackComeAfterTheirMonthsOfFailure() {
    // At HIGH (LOCAL_CONTROL) from month 0 (promote_after 1); its conditions fail from month `held`
    // on.
    qt().forAll(integers().between(1, 6), integers().between(0, 4), integers().between(1, 5))
        .checkAssert(
            (review, extra, held) -> {
              int demote = review + extra;
              Hysteresis rule =
                  Hysteresis.defaults(FIVE)
                      .with(StageHysteresis.of("LOCAL_CONTROL", 1, review, demote, ""));
              int[] met = new int[held + demote + 2];
              Arrays.fill(met, 2);
              Arrays.fill(met, 0, held, 3);
              Recommendations rec = rule.recommend(axis(met), new int[][] {met});
              for (int m = held; m < met.length; m++) {
                int failed = m - held + 1;
                RecommendationState expected =
                    failed < review
                        ? RecommendationState.HOLD
                        : failed < demote
                            ? RecommendationState.FOR_REVIEW
                            : failed == demote
                                ? RecommendationState.RECOMMEND_STEP_BACK
                                : RecommendationState.HOLD;
                assertThat(rec.state(0, m)).as("month %d", m).isEqualTo(expected);
                if (failed <= demote) {
                  assertThat(rec.baselineRank(0, m)).isEqualTo(3);
                  assertThat(rec.count(0, m)).isEqualTo(failed);
                  assertThat(rec.since(0, m)).isEqualTo(axis(met).monthAt(held));
                }
                assertThat(rec.recommendedRank(0, m)).isEqualTo(failed < demote ? 3 : 2);
              }
            });
  }

  @Test
  void theTrackMovesOnlyByTheRule() {
    qt().forAll(MET, RULE)
        .checkAssert(
            (met, rule) -> {
              Recommendations rec = rule.recommend(axis(met), new int[][] {met});
              int previous = 0;
              for (int m = 0; m < met.length; m++) {
                int now = rec.recommendedRank(0, m);
                assertThat(rec.baselineRank(0, m)).isEqualTo(previous);
                RecommendationState state = rec.state(0, m);
                if (now > previous) {
                  assertThat(state).isEqualTo(RecommendationState.RECOMMEND_PROMOTION);
                  int p = rule.rules().get(now).promoteAfter();
                  assertThat(m + 1).isGreaterThanOrEqualTo(p);
                  for (int back = 0; back < p; back++) {
                    assertThat(met[m - back]).isGreaterThanOrEqualTo(now);
                  }
                } else if (now < previous) {
                  assertThat(state).isEqualTo(RecommendationState.RECOMMEND_STEP_BACK);
                  int d = rule.rules().get(previous).demoteAfter();
                  for (int back = 0; back < d; back++) {
                    assertThat(met[m - back]).isLessThan(previous);
                  }
                } else {
                  assertThat(state).isIn(RecommendationState.HOLD, RecommendationState.FOR_REVIEW);
                }
                previous = now;
              }
            });
  }

  @Test
  void aDecidedStatusIsAlwaysTheBaselineAndIsNeverChanged() {
    qt().forAll(MET, RULE, integers().between(-1, 4), integers().between(0, 59))
        .checkAssert(
            (met, rule, stage, from) -> {
              int[] status = new int[met.length];
              Arrays.fill(status, -1);
              Arrays.fill(status, Math.min(from, met.length), met.length, stage);
              int[] copy = status.clone();
              Recommendations rec =
                  rule.recommend(axis(met), new int[][] {met}, new int[][] {status});
              assertThat(status).containsExactly(copy);
              for (int m = 0; m < met.length; m++) {
                assertThat(rec.decided(0, m)).isEqualTo(status[m] >= 0);
                if (status[m] >= 0) {
                  assertThat(rec.baselineRank(0, m)).isEqualTo(status[m]);
                }
                assertThat(rec.conditionsHold(0, m)).isEqualTo(met[m] >= rec.baselineRank(0, m));
              }
            });
  }

  /**
   * A pass continued from where another stood at the start of month k gives what a whole pass
   * gives, whatever the months from k on hold: paths that share their history share its pass.
   */
  @Test
  void aPassContinuedFromASharedHistoryEqualsTheWholePass() {
    // stage (-1..4) and split month (1..59) in one number: the theory takes four generators
    qt().forAll(MET, MET, RULE, integers().between(0, 6 * 59 - 1))
        .checkAssert(
            (met, later, rule, code) -> {
              int stage = code % 6 - 1;
              int n = met.length;
              int k = Math.min(code / 6 + 1, n - 1);
              if (k < 1) {
                return;
              }
              int[] other = met.clone();
              for (int m = k; m < n; m++) {
                other[m] = later[m % later.length];
              }
              int[] status = new int[n];
              Arrays.fill(status, -1);
              Arrays.fill(status, n / 2, n, stage);
              int[] otherStatus = status.clone();
              Arrays.fill(otherStatus, k, n, Math.max(-1, stage - 1));
              HysteresisStart start =
                  rule.startAt(axis(met), new int[][] {met}, new int[][] {status}, k);
              int[] blind = other.clone();
              Arrays.fill(blind, 0, k, 0); // the shared months are not read
              Recommendations continued =
                  rule.recommendFrom(
                      axis(met), new int[][] {blind}, new int[][] {otherStatus}, start);
              Recommendations whole =
                  rule.recommend(axis(met), new int[][] {other}, new int[][] {otherStatus});
              assertThat(continued.relativeToDecisions()).isEqualTo(whole.relativeToDecisions());
              for (int m = 0; m < n; m++) {
                assertThat(continued.at(0, m))
                    .as("month %d of %d, from %d", m, n, k)
                    .isEqualTo(whole.at(0, m));
              }
            });
  }
}
