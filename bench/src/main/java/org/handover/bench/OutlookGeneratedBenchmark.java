package org.handover.bench;

import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.NegativeBinomialModel;
import org.handover.engine.outlook.Outlook;
import org.handover.engine.outlook.OutlookOptions;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.panel.Panel;
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
 * Issue 4's target: an outlook over a generated theater of 3,600 regions (a 60 × 60 grid),
 * 36 months ahead, 1,000 paths, in at most 60 s on 2 cores. {@code fit} times fitting the model
 * to the 48 months of history, which an outlook run from scratch adds once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class OutlookGeneratedBenchmark {
  private static final YearMonth ORIGIN = YearMonth.of(2024, 1);

  private Panel panel;
  private FittedModel fitted;
  private Outlook outlook;
  private OutlookOptions options;

  @Setup
  public void setUp() {
    panel = OutlookBenchData.generated(60, 3600);
    fitted = fit();
    outlook = Outlook.of(OutlookBenchData.benchmarkSet(), OutlookBenchData.indicators());
    options = OutlookOptions.of(36, 36001L).withIndicatorLookback(2);
  }

  @Benchmark
  public OutlookResult outlook() {
    return outlook.run(panel, OutlookBenchData.DEATHS, ORIGIN, fitted, options);
  }

  @Benchmark
  public FittedModel fit() {
    return NegativeBinomialModel.standard().fit(History.before(panel, OutlookBenchData.DEATHS, ORIGIN));
  }
}
