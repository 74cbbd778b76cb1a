package org.handover.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.handover.app.output.AssessmentOutput;
import org.handover.app.workspace.Workspace;
import org.handover.engine.assessment.Assessment;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Judges every region against the benchmark set as of a month. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description =
        "Assess every region as of a month: stage, conditions and benchmarks, each with value, threshold, "
            + "margin, months held, status and a one-line explanation.")
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin AsOfOption asOf;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description = "Only these regions (repeatable; aliases work).")
  List<String> regions = List.of();

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      Workspace ws = store.workspace(s);
      Assessment a =
          Regions.filter(ws.evaluation().assessment(asOf.month(ws)), store.regions(s, ws, regions));
      output.print(
          spec,
          guard,
          w -> {
            AssessmentOutput.print(output.format, a, ws.stageIds(), ws.standings(), w);
          });
    }
    return 0;
  }
}
