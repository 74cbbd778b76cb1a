package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.benchmark.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSetWriterTest {
  @TempDir Path dir;

  /**
   * Every benchmark set under data/ (files with a benchmark_set key; indicator files have none).
   */
  static List<Path> builtInSets() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("../data"))) {
      return files
          .filter(p -> p.getParent().getFileName().toString().startsWith("benchmarks"))
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(BenchmarkSetWriterTest::isSet)
          .sorted()
          .toList();
    }
  }

  private static boolean isSet(Path p) {
    try {
      return Files.readString(p).lines().anyMatch(l -> l.startsWith("benchmark_set:"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The set without its SHA-256, which is that of the file it was read from. */
  static BenchmarkSet unhashed(BenchmarkSet s) {
    return new BenchmarkSet(
        s.name(), s.version(), s.description(), s.indicators(), s.conditions(), s.stages(), "");
  }

  private BenchmarkSet roundTrip(BenchmarkSet set) {
    return BenchmarkSetWriter.write(set, dir.resolve("written.yaml"));
  }

  @Test
  void everyBuiltInSetReadsBackEqual() throws IOException {
    List<Path> sets = builtInSets();
    assertThat(sets).isNotEmpty().contains(Path.of("../data/iraq/benchmarks/iraq-pic.yaml"));
    for (Path p : sets) {
      BenchmarkSet original = BenchmarkSetReader.read(p);
      BenchmarkSet back = roundTrip(original);
      assertThat(unhashed(back)).as(p.toString()).isEqualTo(unhashed(original));
      // field by field too, so that a failure says where (and equals cannot hide a field)
      assertThat(back.indicators()).as(p.toString()).isEqualTo(original.indicators());
      assertThat(back.stages()).as(p.toString()).isEqualTo(original.stages());
      assertThat(back.benchmarks()).as(p.toString()).isEqualTo(original.benchmarks());
      assertThat(back.conditions()).as(p.toString()).isEqualTo(original.conditions());
      assertThat(back.sha256()).hasSize(64).isNotEqualTo(original.sha256());
      // and writing what was read back gives the same bytes: the writer is deterministic
      assertThat(BenchmarkSetWriter.toYaml(back)).isEqualTo(BenchmarkSetWriter.toYaml(original));
    }
  }

  @Test
  void aSetWithEveryFeatureTheReaderKnowsReadsBackEqual() throws IOException {
    Path file = dir.resolve("all.yaml");
    Files.writeString(
        file,
        """
        benchmark_set: every-feature
        version: "1.10"
        description: >
          Folded text
          over two lines.
        indicators:
          - name: rate
            expression: 1e5 * rolling_mean(deaths_best, 3) / population
            unit: per 100,000
            description: "deaths: a rate"
          - name: x.y_2
            expression: -(a + b) * 2 - 3 / max(c, 1)
        stages:
          - id: FOREIGN_LEAD
            name: Foreign-led
            description: Foreign forces lead.
          - id: Joint ops
            requires: [c_all]
            promote_after: {months: 4, justification: "four"}
          - id: ISAF_LEAD
            name: ISAF lead
            requires: [c_all, c_k]
            review_after: {months: 3, justification: "three"}
            demote_after: {months: 600, justification: "the longest"}
          - id: LAST
            requires: [c_w]
            promote_after: {months: 3, justification: "default: conditions sustained for a quarter, the coalition's reporting cycle, before a recommendation; one good month is noise"}
        conditions:
          - id: c_all
            name: All of them
            description: |
              Literal text,
              kept line by line.
            combine: all
            benchmarks:
              - id: b_last
                indicator: rate
                comparison: "<"
                threshold: 2.5
                justification: a reason
              - id: b_mean
                indicator: rate
                comparison: "<="
                threshold: 3
                window: {months: 3}
                held_for: 600
                description: a mean
                justification: "yes"
          - id: c_k
            combine: {rule: k_of_n, k: 2}
            benchmarks:
              - id: b_min
                indicator: x.y_2
                comparison: ">"
                threshold: -0.125
                window: {months: 6, aggregate: min}
                justification: "1.10"
              - id: b_max
                indicator: x.y_2
                comparison: ">="
                threshold: 1e-9
                window: {months: 600, aggregate: max}
                justification: "null"
              - id: b_sum
                indicator: deaths_best
                comparison: "=="
                threshold: 0
                window: {months: 1, aggregate: sum}
                justification: "~"
          - id: c_w
            combine: {rule: weighted, share: 0.6}
            benchmarks:
              - id: b_w1
                indicator: rate
                comparison: "<="
                threshold: 123456789.25
                weight: 2.5
                justification: "a: b # not a comment"
              - id: b_w2
                indicator: rate
                comparison: "<="
                threshold: 1
                weight: 0
                justification: "- leading dash, 'single' and \\"double\\" quotes, \\\\ é ✓"
        """,
        StandardCharsets.UTF_8);
    BenchmarkSet original = BenchmarkSetReader.read(file);
    BenchmarkSet back = roundTrip(original);
    assertThat(unhashed(back)).isEqualTo(unhashed(original));
    assertThat(back.stages().get(0).name()).isEqualTo("Foreign-led");
    assertThat(back.stages().get(1).name()).isEqualTo("Joint ops");
    assertThat(back.stages().get(3).hysteresis().promote())
        .isEqualTo(StageHysteresis.DEFAULT_PROMOTE);
    assertThat(back.benchmarks().get("b_sum").window())
        .isEqualTo(Window.of(1, Window.Aggregate.SUM));
    assertThat(back.benchmarks().get("b_w2").weight()).isZero();
    assertThat(back.condition("c_w").combination()).isEqualTo(new Combination.Weighted(0.6));
    String yaml = Files.readString(dir.resolve("written.yaml"));
    // defaults are left out, as a person writes the file
    assertThat(yaml).doesNotContain("held_for: 1\n").doesNotContain("weight: 1\n");
    assertThat(yaml).contains("threshold: 3\n").contains("version: \"1.10\"");
  }

  @Test
  void textsThatLookLikeOtherYamlReadBackAsTheSameText() {
    List<String> texts =
        List.of(
            "yes",
            "no",
            "on",
            "off",
            "true",
            "False",
            "null",
            "~",
            "1",
            "1.10",
            "0x1F",
            "1e3",
            ".inf",
            "- a",
            "a: b",
            "# c",
            "&anchor",
            "*alias",
            "!tag",
            "[x]",
            "{x: 1}",
            "@at",
            "`tick",
            "%percent",
            " leading",
            "trailing ",
            "two\nlines",
            "ends with newline\n",
            "tab\there",
            "quote \" and ' and \\",
            "ünï ✓ 中文",
            "\u0007bell",
            "---",
            "...");
    for (String t : texts) {
      BenchmarkSet set =
          new BenchmarkSet(
              "s",
              t,
              t,
              List.of(new IndicatorDefinition("i", "deaths_best", t, t)),
              List.of(
                  new Condition(
                      "c",
                      t,
                      Combination.allOf(),
                      List.of(
                          new Benchmark(
                              "b",
                              "i",
                              Comparison.LESS,
                              1,
                              Window.lastMonth(),
                              1,
                              1,
                              t,
                              "why " + t)),
                      t)),
              List.of(
                  new Stage("A", t, List.of()),
                  new Stage(
                      "B",
                      "Stage " + t,
                      t,
                      List.of("c"),
                      new StageHysteresis(
                          "B",
                          new StageHysteresis.Months(2, "p " + t),
                          StageHysteresis.DEFAULT_REVIEW,
                          StageHysteresis.DEFAULT_DEMOTE))),
              "");
      assertThat(unhashed(roundTrip(set))).as(t).isEqualTo(set);
    }
  }

  @Test
  void whatTheReaderWouldRejectIsRefusedNamingTheKey() {
    Benchmark unjustified =
        new Benchmark("b1", "x", Comparison.LESS, 1, Window.lastMonth(), 1, 1, "", "");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(set(unjustified, "deaths_best")))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("cannot write benchmark set 's'")
        .hasMessageContaining("conditions[0].benchmarks[0]")
        .hasMessageContaining("justification");
    Benchmark ok =
        new Benchmark("b1", "x", Comparison.LESS, 1, Window.lastMonth(), 1, 1, "", "because");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(set(ok, "rolling_mean(x, ")))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("indicators[0].expression");
    Benchmark infinite =
        new Benchmark(
            "b1",
            "x",
            Comparison.LESS,
            Double.POSITIVE_INFINITY,
            Window.lastMonth(),
            1,
            1,
            "",
            "because");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(set(infinite, "deaths_best")))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("conditions[0].benchmarks[0].threshold")
        .hasMessageContaining("Infinity");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(set(ok.heldFor(601), "deaths_best")))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("held_for of at most 600 months");
  }

  @Test
  void aHysteresisWithoutJustificationOrTwoStagesOfOneNameAreRefused() {
    Benchmark b =
        new Benchmark("b1", "x", Comparison.LESS, 1, Window.lastMonth(), 1, 1, "", "because");
    Condition c = new Condition("c", "", Combination.allOf(), List.of(b), "");
    BenchmarkSet unjustified =
        new BenchmarkSet(
            "s",
            "1",
            "",
            List.of(),
            List.of(c),
            List.of(
                new Stage("A", "", List.of()),
                new Stage("B", "", List.of("c"), StageHysteresis.of("B", 3, 2, 6, ""))),
            "");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(unjustified))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("stages[1].promote_after")
        .hasMessageContaining("justification");
    BenchmarkSet sameName =
        new BenchmarkSet(
            "s",
            "1",
            "",
            List.of(),
            List.of(c),
            List.of(
                new Stage("A", "Alpha", "", List.of(), null),
                new Stage("B", "Alpha", "", List.of("c"), null)),
            "");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(sameName))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("stages[1].name")
        .hasMessageContaining("already the name of stage A");
  }

  @Test
  void aBlankNameIsRefused() {
    // the engine takes any name; the reader wants one that is not blank
    Benchmark b =
        new Benchmark("b1", "x", Comparison.LESS, 1, Window.lastMonth(), 1, 1, "", "because");
    BenchmarkSet blankName =
        new BenchmarkSet(
            " ",
            "1",
            "",
            List.of(),
            List.of(new Condition("c", "", Combination.allOf(), List.of(b), "")),
            List.of(new Stage("A", "", List.of())),
            "");
    assertThatThrownBy(() -> BenchmarkSetWriter.toYaml(blankName))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("benchmark_set")
        .hasMessageContaining("must not be empty");
  }

  private static BenchmarkSet set(Benchmark b, String expression) {
    return new BenchmarkSet(
        "s",
        "1",
        "",
        List.of(new IndicatorDefinition("x", expression, "", "")),
        List.of(new Condition("c", "", Combination.allOf(), List.of(b), "")),
        List.of(new Stage("A", "", List.of()), new Stage("B", "", List.of("c"))),
        "");
  }
}
