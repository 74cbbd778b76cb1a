package org.handover.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.workspace.ForecastRun;
import org.junit.jupiter.api.Test;

/** The options are checked before Spark starts: a mistake costs no cluster time. */
class ScaleMainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScaleMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The outlook alone, on tables that need not exist: only the options are checked. */
  private int outlook(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("--tables", "t", "--out", "o", "--benchmarks", "pom.xml", "--only", "outlook"));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Test
  void aMissingRequiredOptionIsAUserError() {
    assertThat(run("--tables", "t", "--out", "o")).isEqualTo(2);
    assertThat(err.toString()).contains("--benchmarks");
  }

  @Test
  void aBenchmarkSetThatIsNotThereIsAUserErrorNamingIt() {
    assertThat(run("--tables", "t", "--out", "o", "--benchmarks", "no-such-set.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-set.yaml: no such file");
  }

  @Test
  void blocksMustBePositive() {
    assertThat(run("--tables", "t", "--out", "o", "--benchmarks", "pom.xml", "--blocks", "0"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--blocks must be at least 1");
  }

  @Test
  void theOutlookNeedsItsMonthAndItsOptionsNeedTheOutlook() {
    assertThat(run("--tables", "t", "--out", "o", "--benchmarks", "pom.xml", "--only", "outlook"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("the outlook needs --as-of");
    assertThat(run("--tables", "t", "--out", "o", "--benchmarks", "pom.xml", "--as-of", "2006-06"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--as-of and the other outlook options go with --only");
    assertThat(outlook("--as-of", "2006-13")).isEqualTo(2);
    assertThat(err.toString()).contains("'2006-13' is not a month");
    assertThat(outlook("--as-of", "2006-06", "--paths", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--paths must be between 1 and 100000");
  }

  @Test
  void anUnknownTableIsRefusedListingTheTables() {
    assertThat(
            run(
                "--tables",
                "t",
                "--out",
                "o",
                "--benchmarks",
                "pom.xml",
                "--only",
                "recommendation-history,forecast"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--only: no table 'forecast' (tables: assessment-history, recommendation-history,"
                + " outlook)");
  }

  @Test
  void theOutlooksDefaultsAreHandoverOutlooks() {
    assertThat(ScaleCommand.DEFAULT_HORIZON).isEqualTo(ForecastRun.OUTLOOK_HORIZON);
    assertThat(ScaleCommand.DEFAULT_PATHS).isEqualTo(ForecastRun.DEFAULT_PATHS);
    assertThat(ScaleCommand.DEFAULT_SEED).isEqualTo(ForecastRun.DEFAULT_SEED);
    assertThat(ScaleCommand.DEFAULT_LOOKBACK).isEqualTo(ForecastRun.DEFAULT_LOOKBACK);
    assertThat(ScaleCommand.DEFAULT_VARIABLE).isEqualTo(ForecastRun.DEFAULT_VARIABLE);
  }
}
