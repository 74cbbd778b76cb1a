package org.handover.bench;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The target: a generated theater of 3,600 regions x 240 months with 20 benchmarks, fully assessed
 * (every indicator computed, every benchmark, condition and stage for every region and month) in at
 * most 2 s once the data are loaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class AssessmentBenchmark {
  @Param({"3600"})
  int regions;

  @Param({"240"})
  int months;

  @Param({"20"})
  int benchmarks;

  GeneratedTheater theater;
  Provenance provenance;

  @Setup(Level.Trial)
  public void generate() {
    theater = GeneratedTheater.of(regions, months, benchmarks, 42);
    provenance = Provenance.of(List.of());
  }

  /** Indicators, then the stage of every region in every month. */
  @Benchmark
  public int[][] fullHistory() {
    Panel withIndicators = IndicatorCalculator.compute(theater.base, theater.set.indicators());
    return Assessor.of(theater.set).evaluate(withIndicators, provenance).history().rank();
  }

  /**
   * Indicators, the stage of every region in every month, then the recommendation of every region
   * in every month (the hysteresis pass over the met ranks): to compare with {@link #fullHistory}.
   */
  @Benchmark
  public Recommendations fullRecommendations() {
    Panel withIndicators = IndicatorCalculator.compute(theater.base, theater.set.indicators());
    return Assessor.of(theater.set).evaluate(withIndicators, provenance).recommendations();
  }

  /** Indicators, then one month's assessment with every verdict object and explanation. */
  @Benchmark
  public Assessment asOfLastMonth() {
    Panel withIndicators = IndicatorCalculator.compute(theater.base, theater.set.indicators());
    YearMonth last = withIndicators.months().last();
    return Assessor.of(theater.set).evaluate(withIndicators, provenance).assessment(last);
  }
}
