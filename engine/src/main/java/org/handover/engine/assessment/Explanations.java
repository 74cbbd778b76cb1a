package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Numbers;
import org.handover.engine.benchmark.Stage;

/** One-line explanations a reader can check by hand against the numbers shown beside them. */
final class Explanations {
  private Explanations() {}

  static String benchmark(
      Benchmark b, double value, int held, Status status, boolean illustrative, YearMonth month) {
    String tag = illustrative ? " [illustrative data]" : "";
    String what =
        b.indicator() + (b.window().isLastMonth() ? "" : " (" + b.window().describe() + ")");
    if (status == Status.NO_DATA) {
      return "no data: " + what + " has no value for " + month + tag;
    }
    String v = Numbers.format(value);
    String t = Numbers.format(b.threshold());
    boolean holds = b.comparison().holds(value, b.threshold());
    if (!holds) {
      return "not met: "
          + what
          + " = "
          + v
          + " "
          + b.comparison().negatedSymbol()
          + " "
          + t
          + " (short by "
          + Numbers.format(-b.comparison().margin(value, b.threshold()))
          + ")"
          + tag;
    }
    String base = what + " = " + v + " " + b.comparison().symbol() + " " + t;
    if (status == Status.MET) {
      return "met: "
          + base
          + (b.heldFor() > 1 ? ", held " + held + " months (needs " + b.heldFor() + ")" : "")
          + tag;
    }
    return "not met yet: "
        + base
        + " but held only "
        + held
        + " of "
        + b.heldFor()
        + " months"
        + tag;
  }

  static String condition(Condition c, Status status, List<BenchmarkVerdict> verdicts) {
    long met = verdicts.stream().filter(v -> v.status() == Status.MET).count();
    String failing =
        verdicts.stream()
            .filter(v -> v.status() != Status.MET)
            .map(v -> v.benchmark().id() + " (" + v.status().label() + ")")
            .collect(Collectors.joining(", "));
    return c.name()
        + ": "
        + status.label()
        + ", "
        + met
        + " of "
        + verdicts.size()
        + " benchmarks met, needs "
        + c.combination().describe(verdicts.size())
        + (failing.isEmpty() ? "" : "; open: " + failing);
  }

  static String region(
      Stage stage, Optional<Stage> next, List<String> blocked, List<ConditionVerdict> verdicts) {
    if (next.isEmpty()) {
      return "at " + stage.id() + ", the last stage";
    }
    if (blocked.isEmpty()) {
      return "at " + stage.id();
    }
    return "at " + stage.id() + "; " + next.get().id() + " needs " + String.join(", ", blocked);
  }
}
