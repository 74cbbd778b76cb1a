package org.handover.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handover.app.output.DescribeOutput;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.indicator.Description;
import org.handover.engine.indicator.Expression;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.files.OutputGuard;
import org.handover.io.panel.LoadedPanel;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The distribution of any indicator expression over the data, before any benchmark set is written:
 * thresholds are then chosen from it, and justified by it.
 */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    description =
        "Distribution of an indicator expression over a span of months, overall and per region: quantiles "
            + "(type 7), mean, region-months with a value and with no data. Needs no benchmark set; the "
            + "indicators of the theater's set (or of --benchmarks) may be named when there is one.")
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin OutputOptions output;

  @Parameters(
      index = "0",
      paramLabel = "EXPR",
      description =
          "An expression of the indicator language (docs/indicators.md), e.g. "
              + "'1e5 * rolling_mean(deaths_best, 3) / population'.")
  String expression;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "First month (default: the data's first).")
  YearMonth from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "Last month (default: the data's last).")
  YearMonth to;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description = "Only these regions (repeatable; aliases work; default: every region).")
  List<String> regions = List.of();

  @Override
  public Integer call() throws Exception {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      String theater = store.theater(s);
      Optional<Path> setFile = store.benchmarkSetIfAny(s, theater);
      Optional<BenchmarkSet> set = setFile.map(BenchmarkSetReader::read);
      // the filtered event series the expression and the set's indicators read, and no others
      Set<Expression.Filtered> filtered =
          new LinkedHashSet<>(Expression.parse(expression).filteredSeries());
      set.ifPresent(b -> filtered.addAll(IndicatorCalculator.filteredSeries(b.indicators())));
      LoadedPanel loaded = PanelLoader.load(s, theater, Optional.empty(), filtered);
      Panel panel = loaded.panel();
      Provenance provenance = loaded.provenance();
      if (set.isPresent()) {
        panel = IndicatorCalculator.compute(panel, set.get().indicators());
        provenance =
            provenance.withBenchmarkSet(set.get().name(), set.get().version(), set.get().sha256());
      }
      // the result rests only on the illustrative variables the expression reads
      provenance =
          provenance.withIllustrativeExactly(
              IndicatorCalculator.illustrativeInputs(panel, expression));
      MonthRange span = span(panel.months());
      Description d =
          Description.of(
              panel,
              expression,
              span,
              Regions.resolve(s, theater, regions).stream().distinct().toList());
      Provenance described = provenance;
      output.print(spec, guard, out -> DescribeOutput.print(output.format, d, described, out));
    }
    return 0;
  }

  private MonthRange span(MonthRange data) {
    YearMonth first = from == null ? data.first() : from;
    YearMonth last = to == null ? data.last() : to;
    OptionChecks.inOrder(spec, "--from", first, "--to", last);
    for (YearMonth m : List.of(first, last)) {
      if (!data.contains(m)) {
        throw new HandoverException(
            "month " + m + " is outside the data (" + data.first() + " to " + data.last() + ")");
      }
    }
    return MonthRange.of(first, last);
  }
}
