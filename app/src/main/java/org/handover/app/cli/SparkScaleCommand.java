package org.handover.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.handover.engine.HandoverException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code handover scale} in the command list. The command itself lives in the spark module, with
 * Spark's classpath, which the other commands must not carry: the {@code handover} launcher script
 * hands {@code scale} (and {@code scale --help}) to it before this program starts. This entry only
 * makes the command known here: it describes it and, reached directly, says how to run it.
 */
@Command(
    name = "scale",
    mixinStandardHelpOptions = true,
    description = {
      "Judge every region and month inside Apache Spark (spark module; see docs/scale-out.md).",
      "",
      "Writes export --all-months's assessment-history and recommendation-history from the tables"
          + " export wrote, and handover outlook's outlook with its paths spread over the"
          + " executors, for theaters one machine cannot hold.",
      "",
      "The handover launcher script runs it on Spark's classpath: 'handover scale --help' there"
          + " lists its options (--master, --tables, --benchmarks, --out, ...)."
    })
final class SparkScaleCommand implements Callable<Integer> {
  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    throw new HandoverException(
        "handover scale runs inside Apache Spark, in the spark module: run it with the handover"
            + " launcher script (./handover scale ...), which starts it on Spark's classpath;"
            + " see docs/scale-out.md");
  }
}
