package org.handover.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code handover scale} on one machine, and the job's entry point under {@code spark-submit}:
 * reads the tables {@code handover export} wrote, writes the assessment and recommendation history
 * in Parquet with their provenance.
 */
@Command(
    name = "handover scale",
    mixinStandardHelpOptions = true,
    description =
        "Judge every region and month of a theater inside Apache Spark, with the engine's own"
            + " code: reads the tables handover export wrote (Parquet or CSV; a local folder or any"
            + " Hadoop-compatible URI) and writes assessment-history and recommendation-history in"
            + " Parquet, with the columns and provenance of handover export --all-months; and, with"
            + " --only ...,outlook, the outlook of handover outlook with its paths spread over the"
            + " executors.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "2:a user error: a bad option, a missing table or column, bad values",
      "70:a bug in Handover (the stack trace is printed)"
    })
final class ScaleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--tables",
      required = true,
      paramLabel = "DIR",
      description = "The folder handover export wrote (regions, neighbours, events, ...).")
  String tables;

  @Option(
      names = "--benchmarks",
      required = true,
      paramLabel = "FILE",
      description = "The benchmark set (YAML, with the files it includes beside it).")
  Path benchmarks;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write (a local folder or a Hadoop-compatible URI).")
  String out;

  @Option(
      names = "--theater",
      paramLabel = "NAME",
      description = "The theater, when the tables hold several.")
  String theater;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (local[*], local[2], spark://host:7077, yarn, k8s://...); default: the one"
              + " spark-submit gives, else local[*].")
  String master;

  @Option(
      names = "--blocks",
      paramLabel = "N",
      description =
          "Blocks of regions evaluated apart (default: 4 per core of the cluster); each receives"
              + " its regions and the neighbours its indicators read.")
  Integer blocks;

  @Option(names = "--force", description = "Replace the outputs when they exist.")
  boolean force;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "TABLE",
      description =
          "The tables to write, among assessment-history, recommendation-history and outlook"
              + " (default: assessment-history,recommendation-history; the outlook needs"
              + " --as-of).")
  List<String> only = ScaleJob.DEFAULT_OUTPUTS;

  /** The outlook's options, as handover outlook has them (the same defaults). */
  static final class OutlookOptions {
    @Option(
        names = "--as-of",
        required = true,
        paramLabel = "YYYY-MM",
        description = "The last month known: the outlook starts the month after.")
    YearMonth asOf;

    @Option(
        names = "--horizon",
        defaultValue = "" + DEFAULT_HORIZON,
        paramLabel = "MONTHS",
        description = "Months ahead (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
        names = "--paths",
        defaultValue = "" + DEFAULT_PATHS,
        paramLabel = "N",
        description = "Sample paths, spread over the executors (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(
        names = "--seed",
        defaultValue = "" + DEFAULT_SEED,
        paramLabel = "N",
        description =
            "Random seed: the same data and seed give the same outlook, on any cluster"
                + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--lookback",
        defaultValue = "" + DEFAULT_LOOKBACK,
        paramLabel = "MONTHS",
        description =
            "History kept before the origin for indicators that look back (default:"
                + " ${DEFAULT-VALUE}).")
    int lookback;

    @Option(
        names = "--variable",
        defaultValue = DEFAULT_VARIABLE,
        paramLabel = "NAME",
        description = "Event variable to forecast (default: ${DEFAULT-VALUE}).")
    String variable;

    @Option(
        names = "--fit-from",
        paramLabel = "YYYY-MM",
        description =
            "First month the model learns from (default: all the data). The theater's"
                + " forecast_fit_from is a store setting the exported tables do not carry: give"
                + " it here to match handover outlook.")
    YearMonth fitFrom;
  }

  // handover outlook's defaults (a test keeps them equal)
  static final int DEFAULT_HORIZON = 36;
  static final int DEFAULT_PATHS = 1000;
  static final long DEFAULT_SEED = 42;
  static final int DEFAULT_LOOKBACK = 72;
  static final String DEFAULT_VARIABLE = "deaths_best";
  static final int MAX_PATHS = 100_000;
  static final int MAX_HORIZON = 120;

  @ArgGroup(exclusive = false, heading = "%nThe outlook (with --only ...,outlook):%n")
  OutlookOptions outlook;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(benchmarks)) {
      throw new ParameterException(
          spec.commandLine(), "--benchmarks " + benchmarks + ": no such file");
    }
    if (blocks != null && blocks < 1) {
      throw new ParameterException(spec.commandLine(), "--blocks must be at least 1");
    }
    List<String> outputs = outputs();
    Optional<OutlookJob.Settings> settings = outlookSettings(outputs);
    SparkSession.Builder builder = SparkSession.builder().appName("handover scale");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    // The job's results must not depend on the session's time zone (dates are read as dates).
    builder.config("spark.sql.session.timeZone", "UTC");
    builder.config("spark.ui.enabled", "false");
    SparkSession spark = builder.getOrCreate();
    try {
      int n = blocks != null ? blocks : Math.max(1, 4 * spark.sparkContext().defaultParallelism());
      ScaleJob.Summary s =
          ScaleJob.run(
              spark,
              new ScaleJob.Options(
                  tables,
                  benchmarks,
                  out,
                  Optional.ofNullable(theater),
                  n,
                  force,
                  outputs,
                  settings));
      PrintWriter o = spec.commandLine().getOut();
      o.println(
          "theater "
              + s.theater()
              + ": "
              + s.regions()
              + " regions x "
              + s.months().length()
              + " months ("
              + s.months()
              + "), "
              + s.blocks()
              + " blocks, halo of "
              + s.hops()
              + " neighbour step(s) ("
              + s.haloRegions()
              + " region copies)");
      s.outlook()
          .ifPresent(
              r ->
                  o.println(
                      "outlook from "
                          + r.origin()
                          + " over "
                          + r.horizon()
                          + " months: "
                          + r.paths()
                          + " paths in "
                          + r.ranges()
                          + " ranges, seed "
                          + r.seed()));
      s.written().forEach(w -> o.println("wrote " + w));
      if (s.provenance().usesIllustrativeData()) {
        o.println(
            "note: the assessment uses illustrative (not observed) inputs: "
                + String.join(", ", s.provenance().illustrative()));
      }
      o.flush();
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** --only, checked and in the order the job writes the tables. */
  private List<String> outputs() {
    for (String t : only) {
      if (!ScaleJob.OUTPUTS.contains(t)) {
        throw new ParameterException(
            spec.commandLine(),
            "--only: no table '" + t + "' (tables: " + String.join(", ", ScaleJob.OUTPUTS) + ")");
      }
    }
    return ScaleJob.OUTPUTS.stream().filter(only::contains).toList();
  }

  private Optional<OutlookJob.Settings> outlookSettings(List<String> outputs) {
    boolean wanted = outputs.contains(OutlookJob.TABLE);
    if (wanted != (outlook != null)) {
      throw new ParameterException(
          spec.commandLine(),
          wanted
              ? "the outlook needs --as-of (the last month known)"
              : "--as-of and the other outlook options go with --only ...,outlook");
    }
    if (!wanted) {
      return Optional.empty();
    }
    if (outlook.horizon < 1 || outlook.horizon > MAX_HORIZON) {
      throw new ParameterException(
          spec.commandLine(), "--horizon must be between 1 and " + MAX_HORIZON);
    }
    if (outlook.paths < 1 || outlook.paths > MAX_PATHS) {
      throw new ParameterException(
          spec.commandLine(), "--paths must be between 1 and " + MAX_PATHS);
    }
    if (outlook.lookback < 0) {
      throw new ParameterException(spec.commandLine(), "--lookback must be at least 0");
    }
    return Optional.of(
        new OutlookJob.Settings(
            outlook.asOf,
            outlook.variable,
            outlook.horizon,
            outlook.paths,
            outlook.seed,
            outlook.lookback,
            Optional.ofNullable(outlook.fitFrom)));
  }
}
