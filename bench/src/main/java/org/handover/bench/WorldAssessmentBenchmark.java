package org.handover.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The embedded baseline of the scale-out: the full recommendation history of the generated world
 * ({@link GeneratedWorld}: 65,000 PRIO-GRID cells x 240 months, 20 benchmarks, queen neighbours) on
 * one JVM, data in memory: every indicator computed, every benchmark, condition and stage judged
 * for every cell and month, then each cell's recommendation in every month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx12g"})
public class WorldAssessmentBenchmark {
  @Param({"65000"})
  int cells;

  @Param({"240"})
  int months;

  GeneratedWorld world;
  Provenance provenance;

  @Setup(Level.Trial)
  public void generate() {
    world = GeneratedWorld.of(cells, months, 20, 42);
    provenance = Provenance.of(List.of());
  }

  /** Indicators, stages, then every cell's recommendation in every month. */
  @Benchmark
  public Recommendations fullRecommendations() {
    Panel withIndicators = IndicatorCalculator.compute(world.base, world.set.indicators());
    return Assessor.of(world.set).evaluate(withIndicators, provenance).recommendations();
  }
}
