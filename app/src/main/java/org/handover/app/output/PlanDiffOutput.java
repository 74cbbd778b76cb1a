package org.handover.app.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handover.engine.plan.Plan;
import org.handover.engine.plan.PlanDiff;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.provenance.ProgramVersion;
import org.handover.io.csv.SafeCsv;
import org.handover.io.plan.JsonDiff;
import org.handover.io.plan.PlanJson;

/**
 * The difference between two versions of a plan: its transitions moved, added and removed, and
 * every change of its document at its JSON pointer; as a table, a JSON document or CSV rows.
 */
public final class PlanDiffOutput {
  static final List<String> COLUMNS =
      List.of(
          "part",
          "change",
          "region",
          "from_stage",
          "to_stage",
          "month_before",
          "month_after",
          "tranche_before",
          "tranche_after",
          "months_later",
          "pointer",
          "value_before",
          "value_after");

  private PlanDiffOutput() {}

  /**
   * Compares versions {@code from} and {@code to} of {@code plan} (its transitions, and its
   * document at every JSON pointer) and prints the difference: the one comparison behind the
   * command line's {@code plan diff} and the API's.
   */
  public static void print(
      OutputFormat format, String theater, Plan plan, int from, int to, PrintWriter out) {
    PlanVersion a = plan.version(from).version();
    PlanVersion b = plan.version(to).version();
    List<JsonDiff.Change> document =
        JsonDiff.of(
            PlanJson.parse(a.document(), "version " + from),
            PlanJson.parse(b.document(), "version " + to));
    print(format, theater, PlanDiff.of(a, b), document, out);
  }

  static void print(
      OutputFormat format,
      String theater,
      PlanDiff diff,
      List<JsonDiff.Change> document,
      PrintWriter out) {
    switch (format) {
      case table -> table(theater, diff, document, TerminalText.safe(out));
      case json -> Json.print(json(theater, diff, document), out);
      case csv -> csv(diff, document, out);
    }
  }

  static void table(
      String theater, PlanDiff diff, List<JsonDiff.Change> document, PrintWriter out) {
    PlanVersion a = diff.from();
    PlanVersion b = diff.to();
    out.printf(
        "Plan %s of %s: version %d (sha256 %s) -> version %d (sha256 %s), %s%n",
        a.plan(),
        theater,
        a.version(),
        a.shortHash(),
        b.version(),
        b.shortHash(),
        ProgramVersion.current());
    out.println();
    out.printf(
        "Transitions: %d moved, %d added, %d removed, %d unchanged%n",
        count(diff, PlanDiff.Kind.MOVED),
        count(diff, PlanDiff.Kind.ADDED),
        count(diff, PlanDiff.Kind.REMOVED),
        diff.unchanged());
    for (PlanDiff.Change c : diff.changes()) {
      PlannedTransition t = c.transition();
      String what =
          switch (c.kind()) {
            case MOVED -> {
              PlannedTransition was = c.before().orElseThrow();
              yield was.month()
                  + " (tranche "
                  + was.tranche()
                  + ") -> "
                  + t.month()
                  + " (tranche "
                  + t.tranche()
                  + ")"
                  + (c.months() == 0
                      ? ""
                      : ", "
                          + Math.abs(c.months())
                          + (Math.abs(c.months()) == 1 ? " month " : " months ")
                          + (c.months() > 0 ? "later" : "earlier"));
            }
            case ADDED, REMOVED -> t.month() + " (tranche " + t.tranche() + ")";
          };
      out.printf(
          "  %-8s %-22s %s -> %s  %s%n",
          c.kind().name().toLowerCase(Locale.ROOT),
          t.region().name(),
          t.fromStage(),
          t.toStage(),
          what);
    }
    out.println();
    out.printf("Document: %d %s%n", document.size(), document.size() == 1 ? "change" : "changes");
    for (JsonDiff.Change c : document) {
      out.printf(
          "  %-8s %s  %s%n",
          c.op().name().toLowerCase(Locale.ROOT),
          c.pointer().isEmpty() ? "(the whole document)" : c.pointer(),
          switch (c.op()) {
            case ADDED -> c.after().orElseThrow();
            case REMOVED -> c.before().orElseThrow();
            case CHANGED -> c.before().orElseThrow() + " -> " + c.after().orElseThrow();
          });
    }
    out.flush();
  }

  static ObjectNode json(String theater, PlanDiff diff, List<JsonDiff.Change> document) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("theater", theater);
    root.put("plan", diff.from().plan());
    version(root.putObject("from"), diff.from());
    version(root.putObject("to"), diff.to());
    ObjectNode counts = root.putObject("counts");
    for (PlanDiff.Kind k : PlanDiff.Kind.values()) {
      counts.put(k.name().toLowerCase(Locale.ROOT), count(diff, k));
    }
    counts.put("unchanged", diff.unchanged());
    counts.put("document", document.size());
    ArrayNode transitions = root.putArray("transitions");
    for (PlanDiff.Change c : diff.changes()) {
      ObjectNode n = transitions.addObject();
      PlannedTransition t = c.transition();
      n.put("change", c.kind().name().toLowerCase(Locale.ROOT));
      n.put("region", t.region().name());
      n.put("from_stage", t.fromStage());
      n.put("to_stage", t.toStage());
      side(n, "before", c.before());
      side(n, "after", c.after());
      if (c.kind() == PlanDiff.Kind.MOVED) {
        n.put("months_later", c.months());
      } else {
        n.putNull("months_later");
      }
    }
    ArrayNode doc = root.putArray("document");
    for (JsonDiff.Change c : document) {
      ObjectNode n = doc.addObject();
      n.put("pointer", c.pointer());
      n.put("change", c.op().name().toLowerCase(Locale.ROOT));
      n.set("before", c.before().map(PlanDiffOutput::tree).orElse(null));
      n.set("after", c.after().map(PlanDiffOutput::tree).orElse(null));
    }
    root.put("program_version", ProgramVersion.current());
    return root;
  }

  static void csv(PlanDiff diff, List<JsonDiff.Change> document, PrintWriter out) {
    SafeCsv w = Csv.on(out);
    w.record(COLUMNS);
    for (PlanDiff.Change c : diff.changes()) {
      PlannedTransition t = c.transition();
      w.record(
          List.of(
              "transition",
              c.kind().name().toLowerCase(Locale.ROOT),
              t.region().name(),
              t.fromStage(),
              t.toStage(),
              c.before().map(x -> x.month().toString()).orElse(""),
              c.after().map(x -> x.month().toString()).orElse(""),
              c.before().map(x -> Integer.toString(x.tranche())).orElse(""),
              c.after().map(x -> Integer.toString(x.tranche())).orElse(""),
              c.kind() == PlanDiff.Kind.MOVED ? Long.toString(c.months()) : "",
              "",
              "",
              ""));
    }
    for (JsonDiff.Change c : document) {
      List<String> row =
          new ArrayList<>(List.of("document", c.op().name().toLowerCase(Locale.ROOT)));
      for (int i = 0; i < 8; i++) {
        row.add("");
      }
      row.add(c.pointer());
      row.add(c.before().orElse(""));
      row.add(c.after().orElse(""));
      w.record(row);
    }
    Csv.flush(w, out);
  }

  private static long count(PlanDiff diff, PlanDiff.Kind kind) {
    return diff.changes().stream().filter(c -> c.kind() == kind).count();
  }

  private static void version(ObjectNode n, PlanVersion v) {
    n.put("version", v.version());
    n.put("sha256", v.sha256());
  }

  private static void side(ObjectNode n, String key, Optional<PlannedTransition> t) {
    if (t.isEmpty()) {
      n.putNull(key);
      return;
    }
    ObjectNode s = n.putObject(key);
    s.put("month", t.get().month().toString());
    s.put("tranche", t.get().tranche());
  }

  private static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a diff's values are canonical JSON", e);
    }
  }
}
