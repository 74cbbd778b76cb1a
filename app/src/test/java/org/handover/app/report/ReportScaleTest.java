package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.model.ReportModel;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.Window;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A report as large as a real one gets (18 regions, 10 years, 12 benchmarks) still fits in 5 MB.
 */
class ReportScaleTest {
  @Test
  void largeReportStaysUnderFiveMegabytes(TestReporter reporter) {
    List<Region> regions = ReportFixture.regionNames().stream().map(Region::named).toList();
    MonthRange months = MonthRange.parse("2003-01", "2012-12");
    Panel panel = Panel.empty(Theater.of("Large", regions, List.of()), months);
    List<Condition> conditions = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      List<Benchmark> benchmarks = new ArrayList<>();
      for (int b = 0; b < 3; b++) {
        String indicator = "indicator_" + c + "_" + b;
        double[][] v = new double[regions.size()][months.length()];
        for (int r = 0; r < v.length; r++) {
          for (int m = 0; m < v[r].length; m++) {
            v[r][m] = 10 * Math.exp(-(m - 40 - 3 * r - 5 * c) / 15.0) + Math.sin(m + b) / 3;
          }
        }
        panel = panel.with(Variable.real(indicator, VariableKind.INDICATOR, ""), v);
        Benchmark benchmark =
            Benchmark.of("benchmark_" + c + "_" + b, indicator, Comparison.LESS_OR_EQUAL, 3);
        benchmarks.add(b == 0 ? benchmark.over(Window.of(3, Window.Aggregate.MEAN)) : benchmark);
      }
      conditions.add(
          new Condition("c" + c, "Condition " + c, new Combination.KOfN(2), benchmarks, ""));
    }
    List<Stage> stages =
        List.of(
            new Stage("FOREIGN_LEAD", "", List.of()),
            new Stage("JOINT", "", List.of("c0")),
            new Stage("LOCAL_LEAD", "", List.of("c0", "c1")),
            new Stage("LOCAL_CONTROL", "", List.of("c0", "c1", "c2")),
            new Stage("SELF_RELIANT", "", List.of("c0", "c1", "c2", "c3")));
    BenchmarkSet set = new BenchmarkSet("large", "1", "", List.of(), conditions, stages, "");
    ReportModel model = ReportFixture.model(panel, set, YearMonth.of(2007, 6));
    String page = ReportWriter.standard(model).html();
    int bytes = page.getBytes(StandardCharsets.UTF_8).length;
    reporter.publishEntry("large report, bytes", Integer.toString(bytes));
    assertThat(bytes).isLessThan(5_000_000);
    assertThat(page).contains("data-stage-count=\"Self reliant\"");
  }
}
