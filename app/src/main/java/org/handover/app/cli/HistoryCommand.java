package org.handover.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.handover.app.output.HistoryOutput;
import org.handover.app.workspace.Workspace;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A region's stage month by month, and what moved it at each change. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "The stage of a region month by month, with the conditions that moved it at each change.")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--region", required = true, paramLabel = "NAME", description = "The region (aliases work).")
  String region;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: first month with data).")
  YearMonth from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: last month with data).")
  YearMonth to;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      Workspace ws = store.workspace(s);
      RegionId id = store.regions(s, ws, List.of(region)).get(0);
      Evaluation ev = ws.evaluation();
      StageHistory h = ev.history();
      YearMonth first = from == null ? h.months().first() : from;
      YearMonth last = to == null ? h.months().last() : to;
      if (!h.months().contains(first) || !h.months().contains(last) || last.isBefore(first)) {
        throw new ParameterException(spec.commandLine(),
            "months " + first + ".." + last + " are outside the data (" + h.months() + ")");
      }
      List<StageChange> changes = ev.stageChanges(id);
      try (PrintWriter w = output.writer(spec)) {
        HistoryOutput.print(output.format, id, h, changes, MonthRange.of(first, last), ws.provenance(), w);
      }
    }
    return 0;
  }
}
