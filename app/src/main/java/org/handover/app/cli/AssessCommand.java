package org.handover.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.handover.app.output.AssessmentJson;
import org.handover.app.output.AssessmentTable;
import org.handover.app.output.Json;
import org.handover.app.workspace.Workspace;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.theater.RegionId;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Judges every region against the benchmark set as of a month. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess every region as of a month: stage, conditions and benchmarks, each with value, threshold, "
        + "margin, months held, status and a one-line explanation.")
final class AssessCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "Month to assess (default: the last month with data).")
  YearMonth asOf;

  @Option(names = "--region", paramLabel = "NAME", description = "Only these regions (repeatable; aliases work).")
  List<String> regions = List.of();

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      Workspace ws = store.workspace(s);
      YearMonth month = asOf == null ? ws.panel().months().last() : asOf;
      Assessment a = Regions.filter(ws.assess(month), Regions.resolve(s, ws, regions));
      try (PrintWriter w = output.writer(spec)) {
        switch (output.format) {
          case table -> AssessmentTable.print(a, ws.stageIds(), w);
          case json -> w.println(Json.MAPPER.writeValueAsString(AssessmentJson.of(a)));
          case csv -> AssessmentCsvOutput.write(a, w);
        }
      }
    }
    return 0;
  }
}
