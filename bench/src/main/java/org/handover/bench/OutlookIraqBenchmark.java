package org.handover.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.outlook.OutlookResult;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The target: the outlook for the built-in Iraq data (18 governorates, 36 months ahead, 1,000
 * paths) in at most 2 s in-process, run as {@code handover outlook --as-of 2007-06} runs it: the
 * built-in manifest loaded into a store, the real benchmark set and indicator language on every
 * path, a 72-month lookback, the model fitted from the theater's forecast_fit_from. Run from the
 * repository folder (bench/run-jmh.sh does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class OutlookIraqBenchmark {
  private static final YearMonth AS_OF = YearMonth.of(2007, 6);

  private Store store;
  private ForecastRun run;

  @Setup
  public void load() {
    store = Store.inMemory();
    TheaterManifest manifest = TheaterManifest.read(Path.of("data/iraq/theater.yaml"));
    ManifestLoader.load(store, manifest, report -> {});
    Workspace ws = Workspace.load(store, manifest.theater(), manifest.benchmarkSet().orElseThrow());
    run = ForecastRun.of(ws, ForecastRun.DEFAULT_VARIABLE, manifest.forecastFitFrom());
  }

  /**
   * Fit the model on data up to the as-of month, draw 1,000 paths, judge the benchmark set on each.
   */
  @Benchmark
  public OutlookResult fitAndOutlook() {
    return run.outlook(AS_OF, 36, 1000, 42, ForecastRun.DEFAULT_LOOKBACK);
  }

  @TearDown
  public void close() {
    store.close();
  }
}
