package org.handover.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.handover.app.report.Progress;
import org.handover.app.report.ReportModel;
import org.handover.app.report.ReportWriter;
import org.handover.app.workspace.Workspace;
import org.handover.io.regions.RegionBoundaries;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the self-contained HTML report of the whole transition as of a month. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write one self-contained HTML page (opens offline) showing the whole transition as of a month.")
final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "Month of the report (default: the last month with data).")
  YearMonth asOf;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html", description = "Where to write it (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (Store s = store.open(spec.commandLine().getErr())) {
      Workspace ws = store.workspace(s);
      YearMonth month = asOf == null ? ws.panel().months().last() : asOf;
      String boundaries = RegionBoundaries.featureCollection(s, ws.theaterName());
      ReportModel model = ReportModel.assess(ws.panel(), ws.benchmarkSet(), month, boundaries, ws.provenance(), Instant.now());
      ReportWriter writer = ReportWriter.standard(model);
      try (Progress progress = Progress.start("Writing report", writer.steps())) {
        writer.write(out, progress);
      }
      spec.commandLine().getOut().println("wrote " + out.toAbsolutePath() + ": open it in a browser (it works offline)");
    }
    return 0;
  }
}
