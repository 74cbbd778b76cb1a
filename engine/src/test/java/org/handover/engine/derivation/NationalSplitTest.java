package org.handover.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NationalSplitTest {
  private static final TreeMap<String, Double> POPULATION =
      new TreeMap<>(Map.of("A", 300.0, "B", 100.0));

  @Test
  void eachSnapshotIsSplitByPopulationShareWithoutAddingMonths() {
    List<DerivedValue> values =
        NationalSplit.byPopulationShare(
            "local_force_personnel",
            List.of(
                new NationalSplit.Snapshot(
                    YearMonth.of(2005, 3), 142_000, "trained and equipped; DoD"),
                new NationalSplit.Snapshot(YearMonth.of(2007, 6), 346_501, "trained; DoD")),
            POPULATION,
            "census 2010");

    assertThat(values)
        .extracting(v -> v.month() + " " + v.region() + " " + (long) v.value())
        .containsExactly(
            "2005-03 A 106500", "2005-03 B 35500", "2007-06 A 259876", "2007-06 B 86625");
    assertThat(values.get(0).note())
        .startsWith(
            "illustrative: national local_force_personnel 142000 x population share 0.7500 of A")
        .contains("census 2010")
        .endsWith("national: trained and equipped; DoD");
  }

  @Test
  void fractionalNationalFiguresCannotBeSplitIntoPeople() {
    assertThatThrownBy(
            () ->
                NationalSplit.byPopulationShare(
                    "x",
                    List.of(new NationalSplit.Snapshot(YearMonth.of(2005, 3), 0.5, "")),
                    POPULATION,
                    ""))
        .hasMessageContaining("whole");
  }

  @Test
  void governanceRuleStepsAtItsMonthWithRegionalExceptions() {
    GovernanceRule rule =
        new GovernanceRule(
            YearMonth.of(2005, 2),
            "councils elected 30 Jan 2005",
            Map.of(
                "Erbil", new GovernanceRule.RegionStart(YearMonth.of(1992, 7), "KRG since 1992")));

    List<DerivedValue> values =
        NationalSplit.governance(
            "governance_functioning",
            rule,
            List.of("Basra", "Erbil"),
            YearMonth.of(2005, 1),
            YearMonth.of(2005, 2));

    assertThat(values)
        .extracting(v -> v.month() + " " + v.region() + " " + v.value())
        .containsExactly(
            "2005-01 Basra 0.0", "2005-01 Erbil 1.0", "2005-02 Basra 1.0", "2005-02 Erbil 1.0");
    assertThat(values.get(0).note())
        .isEqualTo(
            "illustrative: dated rule, 0 before 2005-02, 1 from 2005-02 (councils elected 30 Jan 2005)");
    assertThat(values.get(1).note()).contains("KRG since 1992");
  }
}
