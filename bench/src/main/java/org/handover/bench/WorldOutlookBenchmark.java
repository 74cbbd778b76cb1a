package org.handover.bench;

import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.outlook.Outlook;
import org.handover.engine.outlook.OutlookOptions;
import org.handover.engine.outlook.OutlookResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedded outlook baseline of the scale-out: a generated world of 3,600 PRIO-GRID cells
 * ({@link GeneratedWorld}, 48 months of history), 36 months ahead, 1,000 paths, the 20-benchmark
 * set's indicators recomputed on every path; the model is fitted once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx12g"})
public class WorldOutlookBenchmark {
  private static final String DEATHS = "deaths_best";

  @Param({"3600"})
  int cells;

  @Param({"1000"})
  int paths;

  private GeneratedWorld world;
  private YearMonth origin;
  private FittedModel fitted;
  private Outlook outlook;
  private OutlookOptions options;

  @Setup
  public void setUp() {
    world = GeneratedWorld.of(cells, 48, 20, 42);
    origin = world.base.months().last().plusMonths(1);
    fitted = NegativeBinomialModel.standard().fit(History.before(world.base, DEATHS, origin));
    outlook = Outlook.of(world.set, IndicatorCalculator.prepare(world.set.indicators()));
    // 12-month means held up to 4 months over 3-month windows: 18 months of history suffice.
    options = OutlookOptions.of(36, 36001L).withPaths(paths).withIndicatorLookback(18);
  }

  @Benchmark
  public OutlookResult outlook() {
    return outlook.run(world.base, DEATHS, origin, fitted, options);
  }
}
