package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.benchmark.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSetReaderTest {
  static final Path IRAQ = Path.of("../data/iraq/benchmarks/iraq-pic.yaml");

  @TempDir Path dir;

  @Test
  void readsTheBuiltInIraqSet() {
    BenchmarkSet set = BenchmarkSetReader.read(IRAQ);
    assertThat(set.name()).isEqualTo("iraq-pic");
    assertThat(set.version()).isEqualTo("1.1.0");
    assertThat(set.stages())
        .extracting(s -> s.id())
        .containsExactly("FOREIGN_LEAD", "JOINT", "LOCAL_LEAD", "LOCAL_CONTROL", "SELF_RELIANT");
    assertThat(set.conditions())
        .extracting(c -> c.id())
        .contains("threat_low", "readiness", "governance", "posture");
    assertThat(set.benchmarks().values())
        .allSatisfy(b -> assertThat(b.justification()).isNotBlank());
    assertThat(set.benchmarks().get("death_rate_low").comparison())
        .isEqualTo(Comparison.LESS_OR_EQUAL);
    assertThat(set.benchmarks().get("death_rate_low").heldFor()).isEqualTo(3);
    assertThat(set.condition("posture").combination()).isEqualTo(new Combination.KOfN(1));
    assertThat(set.indicator("deaths_per_100k_3m")).isPresent();
    assertThat(set.sha256()).hasSize(64);
    assertThat(set.stages())
        .extracting(s -> s.hysteresis().promoteAfter())
        .containsExactly(3, 3, 3, 3, 6);
    assertThat(set.stages().get(3).hysteresis().reviewAfter()).isEqualTo(3);
    assertThat(set.stages().get(3).hysteresis().demoteAfter()).isEqualTo(6);
    assertThat(set.stages().subList(1, 5))
        .allSatisfy(
            s ->
                assertThat(
                        List.of(
                            s.hysteresis().promote(),
                            s.hysteresis().review(),
                            s.hysteresis().demote()))
                    .allSatisfy(
                        n ->
                            assertThat(n.justification())
                                .isNotBlank()
                                .doesNotStartWith("default")));
  }

  @Test
  void hashCoversTheIndicatorFileToo() throws IOException {
    Path copy = dir.resolve("set.yaml");
    Files.copy(IRAQ, copy);
    Path ind = dir.resolve("indicators.yaml");
    Files.copy(IRAQ.resolveSibling("indicators.yaml"), ind);
    String before = BenchmarkSetReader.read(copy).sha256();
    Files.writeString(
        ind,
        Files.readString(ind)
            .replace("rolling_mean(deaths_per_100k, 3)", "rolling_mean(deaths_per_100k, 4)"));
    assertThat(BenchmarkSetReader.read(copy).sha256()).isNotEqualTo(before);
  }

  @Test
  void windowsAndWeightsAreRead() throws IOException {
    BenchmarkSet set =
        BenchmarkSetReader.read(
            write(
                """
        benchmark_set: t
        version: "2"
        stages:
          - id: A
          - id: B
            requires: [c]
        conditions:
          - id: c
            combine: {rule: weighted, share: 0.5}
            benchmarks:
              - id: b1
                indicator: x
                comparison: "<"
                threshold: 1.5
                window: {months: 3, aggregate: max}
                weight: 2
                justification: because
              - id: b2
                indicator: y
                comparison: ">="
                threshold: 0
                justification: because
        """));
    assertThat(set.benchmarks().get("b1").window()).isEqualTo(Window.of(3, Window.Aggregate.MAX));
    assertThat(set.benchmarks().get("b1").weight()).isEqualTo(2.0);
    assertThat(set.condition("c").combination()).isEqualTo(new Combination.Weighted(0.5));
    assertThat(set.version()).isEqualTo("2");
  }

  @Test
  void aTypoInAKeyNamesLineKeyAndSuggestion() throws IOException {
    Path f = write(minimal().replace("threshold: 3", "treshold: 3"));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":13:")
        .hasMessageContaining("conditions[0].benchmarks[0].treshold")
        .hasMessageContaining("did you mean 'threshold'");
  }

  @Test
  void spansLongerThanFiftyYearsAreErrorsNotAllHistory() throws IOException {
    String withWindow =
        minimal().replace("threshold: 3", "threshold: 3\n        window: {months: 1000000000}");
    assertThatThrownBy(() -> BenchmarkSetReader.read(write(withWindow)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(":14:")
        .hasMessageContaining("a window of at most 600 months (50 years) can be judged")
        .hasMessageContaining("found 1000000000");
    String heldFor = minimal().replace("threshold: 3", "threshold: 3\n        held_for: 601");
    assertThatThrownBy(() -> BenchmarkSetReader.read(write(heldFor)))
        .hasMessageContaining("held_for of at most 600 months");
    String promote =
        minimal()
            .replace(
                "    requires: [threat]",
                "    requires: [threat]\n    promote_after: {months: 9999, justification: x}");
    assertThatThrownBy(() -> BenchmarkSetReader.read(write(promote)))
        .hasMessageContaining("promote_after of at most 600 months");
    String longest = minimal().replace("threshold: 3", "threshold: 3\n        held_for: 600");
    assertThat(BenchmarkSetReader.read(write(longest)).benchmarks().get("b").heldFor())
        .isEqualTo(600);
  }

  @Test
  void aWrongTypeNamesTheLine() throws IOException {
    Path f = write(minimal().replace("threshold: 3", "threshold: three"));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(13))
        .hasMessageContaining("expected a number, found 'three'");
  }

  @Test
  void anUnknownComparisonIsRejected() throws IOException {
    Path f = write(minimal().replace("\"<=\"", "\"=<\""));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .hasMessageContaining(":12:")
        .hasMessageContaining("comparison")
        .hasMessageContaining("unknown comparison '=<'");
  }

  @Test
  void aStageRequiringAnUnknownConditionIsRejected() throws IOException {
    Path f = write(minimal().replace("requires: [threat]", "requires: [thraet]"));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .hasMessageContaining(":6:")
        .hasMessageContaining("stages[1].requires[0]")
        .hasMessageContaining("unknown condition 'thraet'");
  }

  @Test
  void everyThresholdNeedsAJustification() throws IOException {
    Path f = write(minimal().replace("        justification: calibrated\n", ""));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .hasMessageContaining(":10:")
        .hasMessageContaining("needs a one-line justification");
  }

  @Test
  void kOfNCannotExceedN() throws IOException {
    Path f =
        write(
            minimal()
                .replace("    benchmarks:", "    combine: {rule: k_of_n, k: 2}\n    benchmarks:"));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .hasMessageContaining("conditions[0].combine.k")
        .hasMessageContaining("between 1 and the number of benchmarks (1)");
  }

  @Test
  void duplicateBenchmarkIdsAreRejected() throws IOException {
    Path f =
        write(
            minimal()
                + """
          - id: again
            benchmarks:
              - id: b
                indicator: x
                comparison: "<"
                threshold: 1
                justification: j
        """);
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .hasMessageContaining("benchmark id 'b' is used twice");
  }

  @Test
  void brokenYamlNamesThePosition() throws IOException {
    Path f = write("benchmark_set: t\nversion: 1\nstages: [\n");
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aMissingIndicatorFileIsNamed() throws IOException {
    Path f = write(minimal().replace("version: 1", "version: 1\nindicators: nowhere.yaml"));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .hasMessageContaining(":3:")
        .hasMessageContaining("nowhere.yaml");
  }

  @Test
  void anIndicatorSyntaxErrorPointsAtItsColumnInTheFile() throws IOException {
    Path f =
        write(
            minimal()
                .replace(
                    "version: 1",
                    """
        version: 1
        indicators:
          - name: rate
            expression: rolling_mean(deaths_best, 3))
        """
                        .strip()));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException c = (ConfigException) e;
              assertThat(c.line()).isEqualTo(5);
              assertThat(c.column()).isEqualTo(45);
              assertThat(c.key()).isEqualTo("indicators[0].expression");
            });
  }

  @Test
  void eachStageReadsItsHysteresisAndKeysLeftOutTakeTheDefaults() throws IOException {
    BenchmarkSet set =
        BenchmarkSetReader.read(
            write(
                withHysteresis(
                    """
            promote_after: {months: 4, justification: "assessed over a quarter and a month"}
            demote_after:
              months: 9
              justification: three quarters
        """)));
    StageHysteresis b = set.stages().get(1).hysteresis();
    assertThat(b.stage()).isEqualTo("B");
    assertThat(b.promote())
        .isEqualTo(new StageHysteresis.Months(4, "assessed over a quarter and a month"));
    assertThat(b.review()).isEqualTo(StageHysteresis.DEFAULT_REVIEW);
    assertThat(b.demote()).isEqualTo(new StageHysteresis.Months(9, "three quarters"));
    assertThat(set.stages().get(0).hysteresis()).isEqualTo(StageHysteresis.defaults("A"));
  }

  @Test
  void theHysteresisKeysArePartOfTheSetsHash() throws IOException {
    String plain = BenchmarkSetReader.read(write(minimal())).sha256();
    String with =
        BenchmarkSetReader.read(
                write(
                    withHysteresis(
                        """
            promote_after: {months: 3, justification: "the default, written out"}
        """)))
            .sha256();
    assertThat(with).isNotEqualTo(plain);
  }

  @Test
  void aTypoInAHysteresisKeyNamesLineKeyAndSuggestion() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            promote_afte: {months: 3, justification: x}
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":7:")
        .hasMessageContaining("stages[1].promote_afte")
        .hasMessageContaining("did you mean 'promote_after'");
    Path g =
        write(
            withHysteresis(
                """
            review_after:
              month: 3
              justification: x
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(g))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(g + ":8:")
        .hasMessageContaining("stages[1].review_after.month")
        .hasMessageContaining("did you mean 'months'");
  }

  @Test
  void hysteresisMonthsAreWholeNumbersOfAtLeastOne() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            promote_after:
              months: 2.5
              justification: x
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(8))
        .satisfies(
            e ->
                assertThat(((ConfigException) e).key()).isEqualTo("stages[1].promote_after.months"))
        .hasMessageContaining("expected a whole number, found '2.5'");
    Path g =
        write(
            withHysteresis(
                """
            demote_after:
              months: 0
              justification: x
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(g))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(8))
        .satisfies(e -> assertThat(((ConfigException) e).column()).isEqualTo(15))
        .hasMessageContaining("stages[1].demote_after.months")
        .hasMessageContaining("demote_after counts consecutive months: at least 1, found 0");
  }

  @Test
  void reviewAfterCannotExceedDemoteAfter() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            review_after:
              months: 7
              justification: x
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":8:")
        .hasMessageContaining("stages[1].review_after.months")
        .hasMessageContaining("review_after (7 months) must not exceed demote_after (6 months)");
  }

  @Test
  void everyHysteresisNumberNeedsAJustification() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            promote_after: {months: 3}
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":7:")
        .hasMessageContaining("stages[1].promote_after")
        .hasMessageContaining("promote_after needs a one-line justification of its months");
    Path g =
        write(
            withHysteresis(
                """
            promote_after: 3
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(g))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(g + ":7:")
        .hasMessageContaining("promote_after takes {months: N, justification:");
  }

  @Test
  void aStageShowsTheNameGivenAndOtherwiseWordsFromItsId() throws IOException {
    BenchmarkSet set =
        BenchmarkSetReader.read(
            write(
                withHysteresis(
                        """
            name: ISAF lead
        """)
                    .replace("  - id: A\n", "  - id: FOREIGN_LEAD\n")));
    assertThat(set.stages()).extracting(s -> s.name()).containsExactly("Foreign lead", "ISAF lead");
    assertThat(set.stages().get(1).id()).isEqualTo("B");
    assertThat(BenchmarkSetReader.read(IRAQ).stages())
        .extracting(s -> s.name())
        .containsExactly("Foreign lead", "Joint", "Local lead", "Local control", "Self reliant");
  }

  @Test
  void aStageNameIsPartOfTheSetsHash() throws IOException {
    String plain = BenchmarkSetReader.read(write(minimal())).sha256();
    String named =
        BenchmarkSetReader.read(
                write(
                    withHysteresis(
                        """
            name: B
        """)))
            .sha256();
    assertThat(named).isNotEqualTo(plain);
  }

  @Test
  void anEmptyStageNameNamesLineColumnAndKey() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            name: ""
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(7))
        .satisfies(e -> assertThat(((ConfigException) e).column()).isEqualTo(11))
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("stages[1].name"))
        .hasMessageContaining("must not be empty");
    Path g =
        write(
            withHysteresis(
                """
            name: [Bravo]
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(g))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(g + ":7:")
        .hasMessageContaining("stages[1].name")
        .hasMessageContaining("expected a text value");
  }

  @Test
  void aTypoInTheStageNameKeySuggestsName() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            nme: Bravo
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":7:")
        .hasMessageContaining("stages[1].nme")
        .hasMessageContaining("did you mean 'name'");
  }

  @Test
  void twoStagesCannotShowTheSameGivenName() throws IOException {
    Path f =
        write(
            withHysteresis(
                """
            name: A
        """));
    assertThatThrownBy(() -> BenchmarkSetReader.read(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(7))
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("stages[1].name"))
        .hasMessageContaining("stage name 'A' is already the name of stage A");
    // a given name met later by a name derived from an id is pointed at that stage's id
    Path g = write(minimal().replace("  - id: A\n", "  - id: A\n    name: B\n"));
    assertThatThrownBy(() -> BenchmarkSetReader.read(g))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(6))
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("stages[1].id"))
        .hasMessageContaining("stage name 'B' is already the name of stage A");
  }

  /**
   * {@link #minimal()} with {@code keys} (indented as stage keys) added to stage B, from line 7.
   */
  private static String withHysteresis(String keys) {
    return minimal().replace("    requires: [threat]\n", "    requires: [threat]\n" + keys);
  }

  private static String minimal() {
    return """
        benchmark_set: t
        version: 1
        stages:
          - id: A
          - id: B
            requires: [threat]
        conditions:
          - id: threat
            benchmarks:
              - id: b
                indicator: x
                comparison: "<="
                threshold: 3
                justification: calibrated
        """;
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("set.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
