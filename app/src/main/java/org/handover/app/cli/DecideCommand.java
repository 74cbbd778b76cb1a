package org.handover.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.decisions.DecisionFields;
import org.handover.io.imports.decisions.DecisionRecorder;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Records one real decision in the ledger, with the assessment it rested on; the checks are the
 * decisions import's.
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description =
        "Record a real decision in the ledger: region R moves to stage S from a date. Appends; a correction "
            + "is a new decision that supersedes the earlier one (both stay listed by 'handover decisions').")
final class DecideCommand implements Callable<Integer> {
  /** How the checks' field names read on this command line. */
  private static final Map<String, String> OPTION_NAMES =
      Map.of(
          "region",
          "--region",
          "to_stage",
          "--to",
          "from_stage",
          "--from",
          "effective",
          "--effective",
          "announced",
          "--announced",
          "supersedes",
          "--supersedes",
          "id",
          "--id");

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "NAME",
      description = "The region (aliases work).")
  String region;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "STAGE",
      description = "The stage decided (one of the benchmark set's).")
  String to;

  @Option(
      names = "--effective",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The date the decision takes effect; it counts from that month.")
  String effective;

  @Option(
      names = "--announced",
      paramLabel = "YYYY-MM-DD",
      description = "The date it was announced, if earlier.")
  String announced;

  @Option(
      names = "--from",
      paramLabel = "STAGE",
      description = "The stage it moves from, when the record says.")
  String from;

  @Option(
      names = "--decided-by",
      required = true,
      paramLabel = "TEXT",
      description = "Who decided.")
  String decidedBy;

  @Option(
      names = "--agreed-by",
      paramLabel = "PARTY",
      description = "A party that agreed (repeat for each).")
  List<String> agreedBy = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "TEXT",
      description = "Where the decision is documented.")
  String source;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the entry.")
  String note;

  @Option(
      names = "--part",
      paramLabel = "NOTE",
      description = "The part of the region it covers (default: the whole region).")
  String part;

  @Option(
      names = "--supersedes",
      paramLabel = "ID",
      description = "The id of the entry this one corrects.")
  String supersedes;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "The entry's id (default: region/STAGE/effective date, e.g. basra/LOCAL_CONTROL/2007-12-16).")
  String id;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description =
          "The month of the assessment the decision rested on (default: the effective month if within the data, "
              + "else the last month of data).")
  YearMonth asOf;

  @Override
  public Integer call() {
    PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
    try (Store s = store.openForWriting(spec.commandLine().getErr())) {
      String theater = store.theater(s);
      BenchmarkSet set = BenchmarkSetReader.read(store.benchmarkSet(s, theater));
      DecisionRecorder recorder = DecisionRecorder.of(s, theater, set);
      YearMonth basisMonth = basisMonth(recorder.months());
      DecisionFields f =
          new DecisionFields(
              id,
              region,
              part,
              from,
              to,
              announced,
              effective,
              decidedBy,
              String.join(";", agreedBy),
              source,
              note,
              supersedes);
      LedgerEntry e = recorder.record(f, basisMonth, OPTION_NAMES);
      out.printf(
          "recorded %s: %s%s to %s, effective %s (basis: %s %s as of %s)%n",
          e.id(),
          e.region().name(),
          e.part().map(p -> " (" + p + ")").orElse(""),
          e.toStage(),
          e.effective(),
          set.name(),
          set.version(),
          basisMonth);
      e.supersedes()
          .ifPresent(
              earlier -> out.println("supersedes " + earlier + " (both stay in the ledger)"));
      out.flush();
    }
    return 0;
  }

  private YearMonth basisMonth(MonthRange months) {
    if (asOf != null) {
      if (!months.contains(asOf)) {
        throw new ParameterException(
            spec.commandLine(), "--as-of " + asOf + " is outside the data (" + months + ")");
      }
      return asOf;
    }
    try {
      YearMonth month = YearMonth.from(LocalDate.parse(effective.strip()));
      return months.contains(month) ? month : months.last();
    } catch (DateTimeParseException e) {
      return months.last(); // the checks reject the date with the option's name
    }
  }
}
