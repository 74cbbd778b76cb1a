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
 * Issue 4's target: the outlook for the built-in Iraq data (18 governorates, 36 months ahead,
 * 1,000 paths) in at most 2 s in-process. {@code fitAndOutlook} includes fitting the model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class OutlookIraqBenchmark {
  private static final YearMonth ORIGIN = YearMonth.of(2007, 7);

  private Panel panel;
  private FittedModel fitted;
  private Outlook outlook;
  private OutlookOptions options;

  @Setup
  public void setUp() {
    panel = OutlookBenchData.iraq();
    fitted = NegativeBinomialModel.standard().fit(History.before(panel, OutlookBenchData.DEATHS, ORIGIN));
    outlook = Outlook.of(OutlookBenchData.benchmarkSet(), OutlookBenchData.indicators());
    options = OutlookOptions.of(36, 20070701L).withIndicatorLookback(2);
  }

  @Benchmark
  public OutlookResult outlook() {
    return outlook.run(panel, OutlookBenchData.DEATHS, ORIGIN, fitted, options);
  }

  @Benchmark
  public OutlookResult fitAndOutlook() {
    return outlook.run(panel, OutlookBenchData.DEATHS, ORIGIN, NegativeBinomialModel.standard(), options);
  }
}
