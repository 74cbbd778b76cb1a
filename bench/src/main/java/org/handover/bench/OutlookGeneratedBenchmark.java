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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The target: an outlook over a generated theater of 3,600 regions (a 60 x 60 grid), 36 months
 * ahead, 1,000 paths, in at most 60 s on 2 cores. The theater and its 20-benchmark set are those of
 * {@link AssessmentBenchmark} (indicators in the indicator language, computed on every path); the
 * model is fitted once in setup ({@code fit} times that step alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class OutlookGeneratedBenchmark {
  private static final String DEATHS = "deaths_best";

  private GeneratedTheater theater;
  private YearMonth origin;
  private FittedModel fitted;
  private Outlook outlook;
  private OutlookOptions options;

  @Setup
  public void setUp() {
    theater = GeneratedTheater.of(3600, 48, 20, 42);
    origin = theater.base.months().last().plusMonths(1);
    fitted = fit();
    outlook = Outlook.of(theater.set, IndicatorCalculator.prepare(theater.set.indicators()));
    // 12-month means held up to 4 months over 3-month windows: 18 months of history suffice.
    options = OutlookOptions.of(36, 36001L).withIndicatorLookback(18);
  }

  @Benchmark
  public OutlookResult outlook() {
    return outlook.run(theater.base, DEATHS, origin, fitted, options);
  }

  @Benchmark
  public FittedModel fit() {
    return NegativeBinomialModel.standard().fit(History.before(theater.base, DEATHS, origin));
  }
}
