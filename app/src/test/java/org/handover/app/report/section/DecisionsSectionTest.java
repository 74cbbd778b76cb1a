package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.ReportWriter;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Table;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

/**
 * A scripted theater of four regions, two stages (LOW, HIGH: x >= 1), the default hysteresis
 * (promoted after 3 months held, stepped back after 6 failed), 2020-01 to 2021-06, as of 2021-03:
 *
 * <pre>
 * region  x >= 1 in                   recommended HIGH in            decisions to HIGH
 * Alpha   every month                 2020-03..                      2020-06-15
 * Bravo   2020-05..                   2020-07..                      2020-03-01 (superseded by) 2020-04-01
 * Charlie never                       never                          2021-05-01 (after the as-of month)
 * Delta   2020-01..04, 2020-12..      2020-03..09, 2021-02..         2021-03-10
 * </pre>
 *
 * By hand: Alpha's lead is Jun 2020 - Mar 2020 = +3 months, recommended when decided; Bravo's is
 * Apr - Jul = -3, not recommended when decided; Delta's is Mar 2021 - Mar 2020 = +12, recommended
 * when decided, after one reversal (stepped back in Oct 2020). Median lead 3; decided while
 * recommended 2 of 3; Spearman on the ranks first recommended (Alpha 1.5, Bravo 3, Delta 1.5) and
 * decided (2, 1, 3): -1.5 / sqrt(1.5 * 2).
 */
class DecisionsSectionTest {
  static final MonthRange MONTHS = MonthRange.parse("2020-01", "2021-06");
  static final YearMonth AS_OF = YearMonth.of(2021, 3);
  static final DecisionKind REAL = DecisionKind.REAL;

  static ReportModel model(Ledger ledger) {
    Theater theater =
        Theater.of(
            "Scripted",
            List.of(
                Region.named("Alpha"),
                Region.named("Bravo"),
                Region.named("Charlie"),
                Region.named("Delta")),
            List.of());
    double[][] x = new double[4][MONTHS.length()];
    for (int m = 0; m < MONTHS.length(); m++) {
      x[0][m] = 1;
      x[1][m] = m >= 4 ? 1 : 0;
      x[2][m] = 0;
      x[3][m] = m < 4 || m >= 11 ? 1 : 0;
    }
    Panel panel =
        Panel.empty(theater, MONTHS).with(Variable.real("x", VariableKind.INDICATOR, "a score"), x);
    Benchmark b = Benchmark.of("x_high", "x", Comparison.GREATER_OR_EQUAL, 1.0);
    BenchmarkSet set =
        new BenchmarkSet(
            "scripted",
            "1",
            "",
            List.of(),
            List.of(new Condition("c", "Condition", Combination.allOf(), List.of(b), "")),
            List.of(new Stage("LOW", "", List.of()), new Stage("HIGH", "", List.of("c"))),
            "");
    return new ReportModel(
        Assessor.of(set).evaluate(panel, Provenance.of(List.of())),
        AS_OF,
        "{}",
        Instant.parse("2025-01-01T00:00:00Z"),
        ledger,
        List.of(new InputRef("scripted-decisions.csv", "be".repeat(32), "decisions, import 3")));
  }

  static Ledger ledger() {
    return Ledger.of(
        REAL,
        List.of(
            LedgerEntry.of("alpha", REAL, RegionId.of("Alpha"), "HIGH", LocalDate.of(2020, 6, 15))
                .withDecidedBy("Board")
                .withSource("Minutes 4"),
            LedgerEntry.of("bravo-1", REAL, RegionId.of("Bravo"), "HIGH", LocalDate.of(2020, 3, 1)),
            LedgerEntry.of("bravo-2", REAL, RegionId.of("Bravo"), "HIGH", LocalDate.of(2020, 4, 1))
                .withSupersedes("bravo-1"),
            LedgerEntry.of(
                "charlie", REAL, RegionId.of("Charlie"), "HIGH", LocalDate.of(2021, 5, 1)),
            LedgerEntry.of(
                "delta", REAL, RegionId.of("Delta"), "HIGH", LocalDate.of(2021, 3, 10))));
  }

  final DecisionsSection section = new DecisionsSection(model(ledger()));

  @Test
  void comparesTheHighestDecidedStageAndOrdersRegionsByDecision() {
    assertThat(section.stage()).map(Stage::id).hasValue("HIGH");
    assertThat(section.order()).containsExactly("Bravo", "Alpha", "Delta", "Charlie");
  }

  @Test
  void specHasTheRecommendedSpansConditionsAndDecisionMarkersUpToTheAsOfMonth() throws Exception {
    JsonNode spec = Specs.roundTrip(section.chart());
    assertThat(Specs.marks(spec)).containsExactly("rect", "rect", "bar", "point", "rule", "text");
    JsonNode layers = spec.path("layer");
    assertThat(spans(layers.get(1)))
        .containsExactly(
            "Alpha 2020-01-01 2021-04-01",
            "Bravo 2020-05-01 2021-04-01",
            "Delta 2020-01-01 2020-05-01",
            "Delta 2020-12-01 2021-04-01");
    assertThat(spans(layers.get(2)))
        .containsExactly(
            "Alpha 2020-03-01 2021-04-01",
            "Bravo 2020-07-01 2021-04-01",
            "Delta 2020-03-01 2020-10-01",
            "Delta 2021-02-01 2021-04-01");
    List<String> markers = new ArrayList<>();
    layers
        .get(3)
        .path("data")
        .path("values")
        .forEach(
            v ->
                markers.add(
                    v.path("region").asText()
                        + " "
                        + v.path("date").asText()
                        + " "
                        + v.path("kind").asText()));
    assertThat(markers)
        .containsExactly(
            "Alpha 2020-06-15 Decision (effective date)",
            "Bravo 2020-03-01 Decision, superseded",
            "Bravo 2020-04-01 Decision (effective date)",
            "Delta 2021-03-10 Decision (effective date)");
    assertThat(layers.get(4).path("data").path("values").get(0).path("date").asText())
        .isEqualTo("2021-04-01");
    // the time axis spans the months up to the as-of month, nothing after
    JsonNode frame = layers.get(0).path("data").path("values").get(0);
    assertThat(frame.path("start").asText() + " " + frame.path("end").asText())
        .isEqualTo("2020-01-01 2021-04-01");
    assertThat(layers.get(3).path("encoding").path("tooltip")).isNotEmpty();
  }

  @Test
  void tableHasTheLeadsComputedByHand() {
    Table table = section.table();
    assertThat(table.rows()).hasSize(4);
    assertThat(cells(table.rows().get(0)))
        .containsExactly("Bravo", "Jul 2020", "Apr 2020", "-3", "no", "0");
    assertThat(cells(table.rows().get(1)))
        .containsExactly("Alpha", "Mar 2020", "Jun 2020", "3", "yes", "0");
    assertThat(cells(table.rows().get(2)))
        .containsExactly("Delta", "Mar 2020", "Mar 2021", "12", "yes", "1");
    assertThat(cells(table.rows().get(3)))
        .containsExactly("Charlie", "never", "not decided", "\u2014", "\u2014", "\u2014");
    String html = section.bodyHtml();
    assertThat(html)
        .contains(
            "data-decisions=\"spearman\">" + Format.number(-1.5 / Math.sqrt(3)) + "<",
            "data-decisions=\"median-lead\">3<",
            "data-decisions=\"while-recommended\">2</strong> of 3",
            "not a target to fit",
            "1 decision takes effect after Mar 2021 and is not shown");
    assertThat(html).doesNotContain("May 2021", "decided together");
  }

  @Test
  void notesRegionsDecidedTogetherByOneDeciderOnOneDate() {
    ReportModel fixture =
        ReportFixture.model(
            ReportFixture.panel(true),
            ReportFixture.benchmarkSet(),
            ReportFixture.AS_OF,
            ReportFixture.ledger());
    DecisionsSection s = new DecisionsSection(fixture);
    assertThat(s.together()).hasSize(1);
    assertThat(s.bodyHtml())
        .contains(
            "3 regions (",
            "took effect on one date, 2007-03-01, by one decider, Pact",
            "The ledger also decides LOCAL_LEAD");
  }

  @Test
  void anEmptyLedgerSaysHowToRecordDecisionsAndDrawsNoChart() {
    DecisionsSection empty = new DecisionsSection(model(Ledger.empty(REAL)));
    assertThat(empty.charts()).isEmpty();
    assertThat(empty.bodyHtml())
        .contains("No decisions are recorded", "handover import decisions FILE", "handover decide")
        .doesNotContain("class=\"chart\"");
  }

  @Test
  void decisionsOnlyAfterTheAsOfMonthAreNotShown() {
    Ledger later =
        Ledger.of(
            REAL,
            List.of(
                LedgerEntry.of(
                    "charlie", REAL, RegionId.of("Charlie"), "HIGH", LocalDate.of(2021, 5, 1))));
    DecisionsSection s = new DecisionsSection(model(later));
    assertThat(s.charts()).isEmpty();
    assertThat(s.bodyHtml())
        .contains("take effect later and are not shown")
        .doesNotContain("May 2021");
  }

  @Test
  void illustrativeInputsAreLabelled() throws Exception {
    ReportModel fixture =
        ReportFixture.model(
            ReportFixture.panel(true),
            ReportFixture.benchmarkSet(),
            ReportFixture.AS_OF,
            ReportFixture.ledger());
    DecisionsSection s = new DecisionsSection(fixture);
    assertThat(Specs.roundTrip(s.chart()).path("title").path("subtitle").get(0).asText())
        .startsWith(Illustrative.LABEL);
    assertThat(s.table().illustrativeNote()).isPresent();
    assertThat(section.table().illustrativeNote()).isEmpty();
  }

  @Test
  void theStandardReportPlacesTheSectionAfterTheTimelineAndTheFooterNamesTheLedgerSource() {
    ReportModel fixture =
        ReportFixture.model(
            ReportFixture.panel(true),
            ReportFixture.benchmarkSet(),
            ReportFixture.AS_OF,
            ReportFixture.ledger());
    List<String> ids =
        ReportWriter.standard(fixture).sections().stream().map(ReportSection::id).toList();
    assertThat(ids.indexOf(DecisionsSection.ID))
        .isEqualTo(ids.indexOf(StageTimelineSection.ID) + 1);
    String footer = new ProvenanceSection(fixture, List.of()).bodyHtml();
    assertThat(footer)
        .contains(
            "Decision ledger",
            "fixture-decisions.csv (decisions, import 9)",
            "ad".repeat(32),
            "Gazette 12",
            "8 REAL (1 superseded); 7 effective by 2007-05");
    assertThat(new ProvenanceSection(model(Ledger.empty(REAL)), List.of()).bodyHtml())
        .doesNotContain("Decision ledger");
  }

  private static List<String> spans(JsonNode layer) {
    List<String> out = new ArrayList<>();
    layer
        .path("data")
        .path("values")
        .forEach(
            v ->
                out.add(
                    v.path("region").asText()
                        + " "
                        + v.path("start").asText()
                        + " "
                        + v.path("end").asText()));
    return out;
  }

  private static List<String> cells(Table.Row row) {
    return row.cells().stream().map(Table.Cell::html).map(h -> h.replace("&#39;", "'")).toList();
  }
}
