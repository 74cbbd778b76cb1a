package org.handover.app.cli;

import java.io.IOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.handover.app.output.HistoryOutput;
import org.handover.app.workspace.Workspace;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.assessment.StageHistory;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Regions month by month: conditions met (and what moved them at each change), recommendation and
 * decided status.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "Every region (or those given) month by month: the stage whose conditions are met, with the "
            + "conditions that moved it at each change; the recommendation; and the status decided in the decision ledger.")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description = "Only these regions (repeatable; aliases work; default: every region).")
  List<String> regions = List.of();

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "First month (default: first month with data).")
  YearMonth from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "Last month (default: last month with data).")
  YearMonth to;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      Workspace ws = store.workspace(s);
      List<RegionId> ids =
          regions.isEmpty()
              ? ws.theater().regions().stream().map(Region::id).toList()
              : store.regions(s, ws, regions).stream().distinct().toList();
      Evaluation ev = ws.evaluation();
      StageHistory h = ev.history();
      YearMonth first = from == null ? h.months().first() : from;
      YearMonth last = to == null ? h.months().last() : to;
      if (!h.months().contains(first) || !h.months().contains(last) || last.isBefore(first)) {
        throw new ParameterException(
            spec.commandLine(),
            "months " + first + ".." + last + " are outside the data (" + h.months() + ")");
      }
      Map<RegionId, List<StageChange>> changes = new LinkedHashMap<>();
      ids.forEach(id -> changes.put(id, ev.stageChanges(id)));
      output.print(
          spec,
          guard,
          w -> {
            HistoryOutput.print(
                output.format,
                ids,
                h,
                changes,
                ws.standings(),
                MonthRange.of(first, last),
                ws.provenance(),
                w);
          });
    }
    return 0;
  }
}
