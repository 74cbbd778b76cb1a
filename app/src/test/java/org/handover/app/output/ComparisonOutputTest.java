package org.handover.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.DecisionComparison;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Hysteresis;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

/**
 * A scripted theater of four regions over 2007, two stages, the default hysteresis (promote after 3
 * months held, step back after 6 failed): the leads in the output are the ones worked out by hand
 * below.
 */
class ComparisonOutputTest {
  static final List<Stage> STAGES =
      List.of(new Stage("LOW", "", List.of()), new Stage("HIGH", "", List.of("c")));
  static final MonthRange MONTHS = MonthRange.parse("2007-01", "2007-12");

  static DecisionComparison scripted() {
    Theater t =
        Theater.of(
            "t",
            List.of(
                Region.named("East"),
                Region.named("North"),
                Region.named("South"),
                Region.named("West")),
            List.of());
    int[][] met = new int[4][12];
    // East: HIGH met Jan-Apr, then not: recommended from Mar (3rd month), stepped back in Oct (6th
    // failed month).
    Arrays.fill(met[0], 0, 4, 1);
    // North: HIGH met all year: recommended from Mar.
    Arrays.fill(met[1], 1);
    // South: HIGH met from May: recommended from Jul.
    Arrays.fill(met[2], 4, 12, 1);
    // West: never met.
    Ledger ledger =
        Ledger.of(
            DecisionKind.REAL,
            List.of(
                LedgerEntry.of(
                    "e", DecisionKind.REAL, RegionId.of("East"), "HIGH", LocalDate.of(2007, 11, 5)),
                LedgerEntry.of(
                    "n",
                    DecisionKind.REAL,
                    RegionId.of("North"),
                    "HIGH",
                    LocalDate.of(2007, 6, 15)),
                LedgerEntry.of(
                    "s", DecisionKind.REAL, RegionId.of("South"), "HIGH", LocalDate.of(2007, 4, 1)),
                LedgerEntry.of(
                    "w",
                    DecisionKind.REAL,
                    RegionId.of("West"),
                    "HIGH",
                    LocalDate.of(2007, 9, 30))));
    return DecisionComparison.of(
        Hysteresis.defaults(STAGES).recommend(MONTHS, met), ledger, t, "HIGH");
  }

  @Test
  void theTableShowsTheLeadsWorkedOutByHand() {
    StringWriter s = new StringWriter();
    ComparisonOutput.table(
        scripted(), Provenance.of(List.of()).withBenchmarkSet("t", "1", "abc"), new PrintWriter(s));
    String out = s.toString();
    // East: first Mar, decided Nov: lead 8, not recommended then (stepped back in Oct), 1 reversal
    // before.
    assertThat(out).containsPattern("East +2007-03 +2007-11 +8  no +1\n");
    // North: first Mar, decided Jun: lead 3, recommended then.
    assertThat(out).containsPattern("North +2007-03 +2007-06 +3  yes +0\n");
    // South: decided Apr, first recommended Jul: lag of 3 months.
    assertThat(out).containsPattern("South +2007-07 +2007-04 +-3  no +0\n");
    assertThat(out).containsPattern("West +never +2007-09 + no +0\n");
    // median of 8, 3, -3; only North was decided while recommended
    assertThat(out)
        .contains("Median lead: 3.0 months (over the 3 regions ever recommended")
        .contains("Decided while recommended: 1 of 4")
        .contains("not a target to fit");
  }

  @Test
  void csvAndJsonCarryTheSameFiguresAndTheProvenance() throws Exception {
    Provenance p =
        Provenance.of(List.of())
            .withBenchmarkSet("t", "1", "abc")
            .withIllustrative(List.of("police"));
    StringWriter csv = new StringWriter();
    ComparisonOutput.csv(scripted(), p, new PrintWriter(csv));
    List<String> lines = csv.toString().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(2))
        .startsWith("North,HIGH,n,2007-03,2007-06,3,true,0,")
        .contains(",3,1,t,1,abc,")
        .endsWith(",police");
    assertThat(lines.get(4)).startsWith("West,HIGH,w,,2007-09,,false,0,");
    var json = ComparisonOutput.json(scripted(), p);
    assertThat(json.get("median_lead_months").asDouble()).isEqualTo(3.0);
    assertThat(json.get("regions").get(2).get("lead_months").asInt()).isEqualTo(-3);
    assertThat(json.get("regions").get(3).get("lead_months").isNull()).isTrue();
    assertThat(json.get("uses_illustrative_data").asBoolean()).isTrue();
    assertThat(json.get("provenance").toString()).contains("abc");
  }
}
