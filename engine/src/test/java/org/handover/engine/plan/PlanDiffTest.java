package org.handover.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
  @Test
  void movedAddedAndRemovedTransitions() {
    PlanVersion a =
        PlanVersion.of("p", 1, SignOffTest.transitions("2007-12"), "{}", "x", SignOffTest.T0, "t");
    PlanVersion b =
        PlanVersion.of(
            "p",
            2,
            List.of(
                PlannedTransition.of(
                    RegionId.of("Basra"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2008-03"), 2),
                PlannedTransition.of(
                    RegionId.of("Dhi Qar"),
                    "JOINT",
                    "LOCAL_CONTROL",
                    YearMonth.parse("2006-09"),
                    1)),
            "{}",
            "x",
            SignOffTest.T0,
            "t");
    PlanDiff d = PlanDiff.of(a, b);
    assertThat(d.changes())
        .extracting(PlanDiff.Change::kind)
        .containsExactly(PlanDiff.Kind.ADDED, PlanDiff.Kind.MOVED, PlanDiff.Kind.REMOVED);
    assertThat(d.changes().get(1).months()).isEqualTo(3);
    assertThat(d.changes().get(2).transition().region()).isEqualTo(RegionId.of("Muthanna"));
    assertThat(d.unchanged()).isZero();
    assertThat(PlanDiff.of(a, a).sameTransitions()).isTrue();
    assertThat(PlanDiff.of(a, a).unchanged()).isEqualTo(2);
  }
}
