package org.handover.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.forecast.IbcFixture;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The real transfers of 2006-2009 as a ledger, and the recommendations of a deliberately jumpy
 * threat-only ladder (raw monthly deaths, no smoothing) on the real IBC data: the monthly stage
 * flickers, the recommended track does not.
 */
class IraqDecisionsTest {
  static final Path TRANSFERS =
      Path.of("..", "data", "iraq", "decisions", "iraq-security-transfers.csv");
  static final MonthRange MONTHS = MonthRange.parse("2005-01", "2011-12");

  static Ledger transfers() throws IOException {
    List<String> lines = Files.readAllLines(TRANSFERS, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("region,scope,to_stage,effective,decided_by,agreed_by,note");
    List<LedgerEntry> entries = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(f).hasSize(7);
      assertThat(f[1]).isEqualTo("whole province");
      entries.add(
          LedgerEntry.of(
                  "transfer-" + f[0],
                  DecisionKind.REAL,
                  RegionId.of(f[0]),
                  f[2],
                  LocalDate.parse(f[3]))
              .withDecidedBy(f[4])
              .withAgreedBy(Arrays.asList(f[5].split("; ")))
              .withNote(f[6]));
    }
    return Ledger.of(DecisionKind.REAL, entries);
  }

  static BenchmarkSet jumpyThreatLadder() {
    List<Condition> conditions = new ArrayList<>();
    double[] thresholds = {100, 40, 15, 3};
    for (int i = 0; i < thresholds.length; i++) {
      conditions.add(
          new Condition(
              "c" + (i + 1),
              "deaths <= " + thresholds[i],
              Combination.allOf(),
              List.of(
                  Benchmark.of(
                      "b" + (i + 1), "deaths_best", Comparison.LESS_OR_EQUAL, thresholds[i])),
              ""));
    }
    return new BenchmarkSet(
        "jumpy",
        "0",
        "",
        List.of(),
        conditions,
        Ladders.FIVE.stream()
            .map(
                s ->
                    new Stage(
                        s.id(),
                        "",
                        s.requires().isEmpty() ? List.of() : List.of(s.requires().get(0))))
            .toList(),
        "");
  }

  @Test
  void theRealTransfersFormALedgerOfTheTheater() throws IOException {
    Ledger ledger = transfers();
    Theater theater = IbcFixture.theater();
    int[][] status = ledger.status(theater, MONTHS, Ladders.FIVE);
    assertThat(ledger.effective()).hasSize(18);
    int pic = 3;
    assertThat(Ladders.FIVE.get(pic).id()).isEqualTo("LOCAL_CONTROL");
    // 13 governorates under Provincial Iraqi Control by 2008-12, all 18 from 2009-01.
    assertThat(Arrays.stream(status).filter(r -> r[MONTHS.offsetOf(YearMonth.of(2008, 12))] == pic))
        .hasSize(13);
    assertThat(Arrays.stream(status).filter(r -> r[MONTHS.offsetOf(YearMonth.of(2009, 1))] == pic))
        .hasSize(18);
  }

  @Test
  void theRecommendedTrackFlickersFarLessThanTheMonthlyStage(TestReporter reporter)
      throws IOException {
    Panel panel = IbcFixture.load(MONTHS).panel();
    int[][] met =
        Assessor.of(jumpyThreatLadder()).evaluate(panel, Provenance.of(List.of())).metRanks();
    Recommendations rec = Hysteresis.defaults(Ladders.FIVE).recommend(MONTHS, met);
    int[] monthly = changes(met);
    int[] track = changes(tracks(rec));
    reporter.publishEntry(
        "flicker",
        String.format(
            Locale.ROOT,
            "monthly stage: %d changes, %d down; recommended track: %d changes, %d down",
            monthly[0],
            monthly[1],
            track[0],
            track[1]));
    assertThat(track[0]).isLessThan(monthly[0] / 2);
    assertThat(track[1]).isLessThan(monthly[1] / 2);
    DecisionComparison c =
        DecisionComparison.of(rec, transfers(), IbcFixture.theater(), "LOCAL_CONTROL");
    assertThat(c.regions()).hasSize(18);
    reporter.publishEntry(
        "versus real transfers",
        String.format(
            Locale.ROOT,
            "spearman %s, median lead %s, decided while recommended %d",
            c.spearman(),
            c.medianLead(),
            c.decidedWhileRecommended()));
  }

  private static int[][] tracks(Recommendations rec) {
    int[][] out = new int[rec.regionCount()][];
    for (int r = 0; r < out.length; r++) {
      out[r] = rec.recommendedTrack(r);
    }
    return out;
  }

  /** Number of month-to-month changes, and of those downwards. */
  private static int[] changes(int[][] ranks) {
    int all = 0;
    int down = 0;
    for (int[] row : ranks) {
      for (int m = 1; m < row.length; m++) {
        all += row[m] != row[m - 1] ? 1 : 0;
        down += row[m] < row[m - 1] ? 1 : 0;
      }
    }
    return new int[] {all, down};
  }
}
