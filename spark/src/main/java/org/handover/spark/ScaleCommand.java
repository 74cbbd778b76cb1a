package org.handover.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
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
            + " Parquet, with the columns and provenance of handover export --all-months.",
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

  @Override
  public Integer call() {
    if (!Files.isRegularFile(benchmarks)) {
      throw new ParameterException(
          spec.commandLine(), "--benchmarks " + benchmarks + ": no such file");
    }
    if (blocks != null && blocks < 1) {
      throw new ParameterException(spec.commandLine(), "--blocks must be at least 1");
    }
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
                  tables, benchmarks, out, Optional.ofNullable(theater), n, force));
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
}
