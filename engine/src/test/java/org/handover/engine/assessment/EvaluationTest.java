package org.handover.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.handover.engine.assessment.AssessorTest.PROV;
import static org.handover.engine.assessment.AssessorTest.panel;

import java.time.YearMonth;
import java.util.List;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.RecommendationState;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  /**
   * Two conditions on x: "calm" (x <= 2) and "quiet" (x <= 1); LOW, MID (calm), HIGH (calm and
   * quiet).
   */
  static BenchmarkSet ladder(int promoteHigh) {
    Benchmark calm = Benchmark.of("calm", "x", Comparison.LESS_OR_EQUAL, 2);
    Benchmark quiet = Benchmark.of("quiet", "x", Comparison.LESS_OR_EQUAL, 1);
    return new BenchmarkSet(
        "s",
        "1",
        "",
        List.of(),
        List.of(
            new Condition("c1", "Calm", Combination.allOf(), List.of(calm), ""),
            new Condition("c2", "Quiet", Combination.allOf(), List.of(quiet), "")),
        List.of(
            new Stage("LOW", "", List.of()),
            new Stage("MID", "", List.of("c1")),
            new Stage(
                "HIGH",
                "",
                List.of("c1", "c2"),
                StageHysteresis.of("HIGH", promoteHigh, 1, 2, "test"))),
        "hash");
  }

  @Test
  void stageChangesAreTypedValuesWithTheConditionsThatMovedThem() {
    // A: 3 (LOW), 2 (MID), 1 (HIGH), 1, 3 (LOW), 3.
    Panel p = panel(new double[] {3, 2, 1, 1, 3, 3}, new double[] {1, 1, 1, 1, 1, 1}, false);
    BenchmarkSet set = ladder(3);
    Evaluation ev = Assessor.of(set).evaluate(p, PROV);
    List<Stage> stages = set.stages();
    List<StageChange> changes = ev.stageChanges(RegionId.of("A"));
    assertThat(changes)
        .extracting(StageChange::month, c -> c.from().id(), c -> c.to().id())
        .containsExactly(
            tuple(YearMonth.parse("2007-02"), "LOW", "MID"),
            tuple(YearMonth.parse("2007-03"), "MID", "HIGH"),
            tuple(YearMonth.parse("2007-05"), "HIGH", "LOW"));
    assertThat(changes).extracting(c -> c.up(stages)).containsExactly(true, true, false);
    StageChange fall = changes.get(2);
    assertThat(fall.why()).extracting(ConditionShift::conditionId).containsExactly("c1", "c2");
    ConditionShift calm = fall.why().get(0);
    assertThat(calm.before().status()).isEqualTo(Status.MET);
    assertThat(calm.now().status()).isEqualTo(Status.NOT_MET);
    assertThat(calm.benchmarks()).extracting(b -> b.now().benchmark().id()).containsExactly("calm");
    // MID to HIGH crosses HIGH, which requires c1 and c2; only c2 shifted.
    assertThat(changes.get(1).crossing(stages))
        .extracting(ConditionShift::conditionId)
        .containsExactly("c2");
    assertThat(changes.get(0).crossing(stages))
        .extracting(ConditionShift::conditionId)
        .containsExactly("c1");
    // B never moves; all regions' changes are A's.
    assertThat(ev.stageChanges(RegionId.of("B"))).isEmpty();
    assertThat(ev.stageChanges()).isEqualTo(changes);
    // Between two months: one change per region whose stage differs, dated the later month.
    assertThat(ev.stageChanges(YearMonth.parse("2007-01"), YearMonth.parse("2007-04")))
        .containsExactly(
            new StageChange(
                RegionId.of("A"),
                YearMonth.parse("2007-04"),
                stages.get(0),
                stages.get(2),
                ConditionShift.between(
                    ev.assessment(YearMonth.parse("2007-01"))
                        .region(RegionId.of("A"))
                        .orElseThrow(),
                    ev.assessment(YearMonth.parse("2007-04"))
                        .region(RegionId.of("A"))
                        .orElseThrow())));
  }

  @Test
  void everyAnswerComesFromTheSameEvaluation() {
    Panel p = panel(new double[] {3, 2, 1, 1, 3, 3}, new double[] {1, 2, 1, 1, 1, 1}, false);
    Evaluation ev = Assessor.of(ladder(3)).evaluate(p, PROV);
    StageHistory h = ev.history();
    for (YearMonth m : p.months()) {
      Assessment a = ev.assessment(m);
      assertThat(a).isSameAs(ev.assessment(m));
      for (int r = 0; r < 2; r++) {
        assertThat(a.regions().get(r).stageRank()).isEqualTo(h.rank()[r][p.months().offsetOf(m)]);
      }
    }
    assertThat(ev.metRanks()).isDeepEqualTo(h.rank());
    assertThat(
            ev.assessments(List.of(YearMonth.parse("2007-03"), YearMonth.parse("2007-01")))
                .keySet())
        .containsExactly(YearMonth.parse("2007-03"), YearMonth.parse("2007-01"));
    // The history is a copy: changing it changes nothing in the evaluation.
    h.rank()[0][0] = 2;
    assertThat(ev.history().rank()[0][0]).isZero();
    assertThat(ev.provenance().benchmarkSetName()).isEqualTo("s");
  }

  @Test
  void recommendationsUseEachStagesOwnHysteresis() {
    // B: HIGH met from 2007-03; promote_after 3 for HIGH, the default 3 for MID.
    Panel p = panel(new double[] {3, 3, 3, 3, 3, 3}, new double[] {3, 3, 1, 1, 1, 1}, false);
    Recommendations rec = Assessor.of(ladder(3)).evaluate(p, PROV).recommendations();
    assertThat(rec.recommendedTrack(1)).containsExactly(0, 0, 0, 0, 2, 2);
    assertThat(rec.state(1, 4)).isEqualTo(RecommendationState.RECOMMEND_PROMOTION);
    Recommendations quick = Assessor.of(ladder(1)).evaluate(p, PROV).recommendations();
    assertThat(quick.recommendedTrack(1)).containsExactly(0, 0, 2, 2, 2, 2);
    // Relative to a ledger with nothing decided, the same as the track.
    Recommendations none =
        Assessor.of(ladder(3)).evaluate(p, PROV).recommendations(Ledger.empty(DecisionKind.REAL));
    assertThat(none.recommendedTrack(1)).containsExactly(rec.recommendedTrack(1));
    assertThat(none.relativeToDecisions()).isFalse();
  }

  @Test
  void readyMeansHeldForPromoteAfterMonths() {
    Panel p = panel(new double[] {3, 3, 1, 1, 1, 3}, new double[] {1, 1, 1, 1, 1, 1}, false);
    Evaluation ev = Assessor.of(ladder(3)).evaluate(p, PROV);
    // HIGH (rank 2) holds for A in months 2..4: ready only in month 4, the third.
    assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(m -> ev.ready(0, 2, m)).toList())
        .containsExactly(false, false, false, false, true, false);
    // B holds from the first month of data: months before it do not count.
    assertThat(ev.ready(1, 2, 1)).isFalse();
    assertThat(ev.ready(1, 2, 2)).isTrue();
  }
}
