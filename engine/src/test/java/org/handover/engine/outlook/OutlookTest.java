package org.handover.engine.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class OutlookTest {
  private static final MonthRange MONTHS = MonthRange.parse("2010-01", "2011-06");
  private static final YearMonth ORIGIN = YearMonth.of(2011, 1);

  /**
   * A: violent, forces ready. B: violent, forces not ready. C: quiet, forces scheduled to be ready
   * in 2011-03.
   */
  private static Panel panel() {
    Theater t =
        Theater.of(
            "T",
            List.of(Region.named("A"), Region.named("B"), Region.named("C")),
            List.of(
                new Neighbour(RegionId.of("A"), RegionId.of("B"), 1),
                new Neighbour(RegionId.of("B"), RegionId.of("C"), 1)));
    int n = MONTHS.length();
    int o = MONTHS.offsetOf(ORIGIN);
    double[][] deaths = new double[3][n];
    double[][] trained = new double[3][n];
    for (int m = 0; m < n; m++) {
      deaths[0][m] = m < o ? 20 : Double.NaN;
      deaths[1][m] = m < o ? 30 : Double.NaN;
      deaths[2][m] = m < o ? 0 : Double.NaN;
      trained[0][m] = m < o ? 0.9 : Double.NaN;
      trained[1][m] = m < o ? 0.1 : Double.NaN;
      trained[2][m] = m < o ? 0.2 : Double.NaN;
    }
    trained[2][MONTHS.offsetOf(YearMonth.of(2011, 3))] = 0.6;
    return Panel.empty(t, MONTHS)
        .with(Variable.real("deaths", VariableKind.EVENT, "deaths"), deaths)
        .with(Variable.illustrative("trained", VariableKind.MEASUREMENT, "trained share"), trained)
        .withAttribute(
            Variable.real("population", VariableKind.ATTRIBUTE, "residents"),
            new double[] {1, 2, 3});
  }

  private static OutlookResult run(int threads) {
    Outlook outlook =
        Outlook.of(OutlookFixtures.set(5), OutlookFixtures.rollingMean("deaths", "deaths_3m"));
    return outlook.run(
        panel(),
        "deaths",
        ORIGIN,
        OutlookFixtures.scripted(100),
        new OutlookOptions(6, 10, 1, 3, threads));
  }

  @Test
  void countsThePathsOnWhichEachRegionMeetsItsNextStage() {
    OutlookResult result = run(2);
    RegionOutlook a = result.regions().get(0);
    assertThat(a.currentStage().id()).isEqualTo("FOREIGN_LEAD");
    assertThat(a.nextStage().orElseThrow().id()).isEqualTo("JOINT");
    // Even paths: the 3-month mean is 13.3, 6.7, then 0 in 2011-03, held a second month in 2011-04.
    assertThat(a.readyBy()).containsExactly(0, 0, 0, 0.5, 0.5, 0.5);
    assertThat(a.metIn()).containsExactly(0, 0, 0, 0.5, 0.5, 0.5);
    assertThat(a.readyWithin(4)).isEqualTo(0.5);
    assertThat(a.readiness().median()).contains(YearMonth.of(2011, 4));
    assertThat(a.readiness().low()).contains(YearMonth.of(2011, 4));
    assertThat(a.readiness().high()).isEmpty();
    assertThat(a.readiness().describe()).isEqualTo("2011-04 (80%: 2011-04 to after 2011-06)");

    // B never trains enough for LOCAL_LEAD, but JOINT needs only the threat condition.
    RegionOutlook b = result.regions().get(1);
    assertThat(b.nextStage().orElseThrow().id()).isEqualTo("JOINT");

    // C is at JOINT already; LOCAL_LEAD needs forces too, scheduled from 2011-03 (then carried
    // forward).
    RegionOutlook c = result.regions().get(2);
    assertThat(c.currentStage().id()).isEqualTo("JOINT");
    assertThat(c.conditions()).containsExactly("threat", "forces");
    assertThat(c.readyBy()).containsExactly(0, 0, 0.5, 0.5, 0.5, 0.5);
    assertThat(c.metIn()).containsExactly(0, 0, 0.5, 0.5, 0.5, 0.5);
  }

  @Test
  void saysHowEachInputContinuesPastTheOrigin() {
    OutlookResult result = run(1);
    assertThat(result.inputs())
        .extracting(InputTreatment::variable, InputTreatment::kind)
        .containsExactly(
            tuple("deaths", InputTreatment.Kind.FORECAST),
            tuple("trained", InputTreatment.Kind.SCHEDULED),
            tuple("population", InputTreatment.Kind.CONSTANT));
    assertThat(result.inputs().get(1).scheduledMonths()).isEqualTo(1);
    // History each path carries: 3 months of indicator lookback + (1-month window + 2 months held -
    // 1).
    assertThat(result.evaluated()).isEqualTo(MonthRange.parse("2010-08", "2011-06"));
    Provenance p = result.provenance(Provenance.of(List.of()));
    assertThat(p.seed()).hasValue(1);
    assertThat(p.notes().get("outlook inputs"))
        .contains("stay at their last value")
        .contains("trained: scheduled");
  }

  @Test
  void givesTheSameResultOnAnyNumberOfThreads() {
    OutlookResult one = run(1);
    OutlookResult two = run(2);
    for (int r = 0; r < 3; r++) {
      assertThat(two.regions().get(r).readyBy()).containsExactly(one.regions().get(r).readyBy());
    }
  }

  @Test
  void aRegionAtTheTopHasNoNextStage() {
    Panel quiet = panel();
    double[][] trained = quiet.values("trained");
    double[][] ready = new double[3][];
    for (int r = 0; r < 3; r++) {
      ready[r] = Arrays.copyOf(trained[r], trained[r].length);
      Arrays.fill(ready[r], 0, MONTHS.offsetOf(ORIGIN), 0.9);
    }
    quiet = quiet.with(Variable.real("trained", VariableKind.MEASUREMENT, ""), ready);
    OutlookResult result =
        Outlook.of(OutlookFixtures.set(5), OutlookFixtures.rollingMean("deaths", "deaths_3m"))
            .run(
                quiet,
                "deaths",
                ORIGIN,
                OutlookFixtures.scripted(100),
                new OutlookOptions(6, 4, 1, 3, 1));
    RegionOutlook c = result.regions().get(2);
    assertThat(c.currentStage().id()).isEqualTo("LOCAL_LEAD");
    assertThat(c.nextStage()).isEmpty();
    assertThat(c.readyWithin(3)).isNaN();
  }

  @Test
  void readinessFollowsTheRecommendationRule() {
    // A's even paths meet JOINT's conditions from 2011-04 (see above): 3 months by 2011-06.
    Outlook three =
        Outlook.of(OutlookFixtures.set(5, 3), OutlookFixtures.rollingMean("deaths", "deaths_3m"));
    RegionOutlook a =
        three
            .run(
                panel(),
                "deaths",
                ORIGIN,
                OutlookFixtures.scripted(100),
                new OutlookOptions(6, 10, 1, 3, 1))
            .regions()
            .get(0);
    assertThat(a.readyBy()).containsExactly(0, 0, 0, 0, 0, 0.5);
    assertThat(a.metIn()).containsExactly(0, 0, 0, 0, 0, 0.5);
    // With promote_after 4, three months held is one short: never ready within the horizon.
    Outlook four =
        Outlook.of(OutlookFixtures.set(5, 4), OutlookFixtures.rollingMean("deaths", "deaths_3m"));
    RegionOutlook notYet =
        four.run(
                panel(),
                "deaths",
                ORIGIN,
                OutlookFixtures.scripted(100),
                new OutlookOptions(6, 10, 1, 3, 1))
            .regions()
            .get(0);
    assertThat(notYet.readyBy()).containsOnly(0.0);
    assertThat(notYet.readiness().median()).isEmpty();
  }

  @Test
  void readsReadinessFromTheEvaluationTheAssessorMakes() {
    BenchmarkSet set = OutlookFixtures.set(25, 2);
    Panel p = OutlookFixtures.rollingMean("deaths", "deaths_3m").apply(panel());
    Evaluation ev = Assessor.of(set).evaluate(p, Provenance.of(List.of()));
    int readySeen = 0;
    for (int r = 0; r < 3; r++) {
      for (int m = 1; m < MONTHS.length(); m++) {
        for (int s = 1; s < set.stages().size(); s++) {
          var now = ev.assessment(MONTHS.monthAt(m)).regions().get(r);
          var before = ev.assessment(MONTHS.monthAt(m - 1)).regions().get(r);
          boolean ready = now.stageRank() >= s && before.stageRank() >= s;
          assertThat(ev.ready(r, s, m)).isEqualTo(ready);
          readySeen += ready ? 1 : 0;
        }
      }
    }
    assertThat(readySeen).isPositive();
  }

  @Test
  void readinessIsCensoredAtTheHorizon() {
    MonthRange h = MonthRange.parse("2011-01", "2011-03");
    ReadinessMonth none = ReadinessMonth.of(new double[] {0, 0.1, 0.3}, h);
    assertThat(none.median()).isEmpty();
    assertThat(none.low()).contains(YearMonth.of(2011, 2));
    assertThat(none.describe())
        .isEqualTo("not within the horizon (to 2011-03): met on 30% of paths");
    ReadinessMonth sure = ReadinessMonth.of(new double[] {0.2, 0.95, 1}, h);
    assertThat(sure.describe()).isEqualTo("2011-02 (80%: 2011-01 to 2011-02)");
    assertThat(sure.probabilityWithinHorizon()).isEqualTo(1.0);
    assertThat(sure.high()).contains(YearMonth.of(2011, 2));
  }
}
