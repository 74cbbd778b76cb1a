package org.handover.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.decision.Basis;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.provenance.ProgramVersion;
import org.handover.io.csv.SafeCsv;

/**
 * The decision ledger as a table for people, a JSON document or CSV rows: every entry, superseded
 * ones kept and marked with the id of the entry that superseded them.
 */
public final class LedgerOutput {
  private static final String ROW = "  %-38s %-14s %-14s %-10s %-10s %-30s %s%n";
  static final List<String> COLUMNS =
      List.of(
          "id",
          "kind",
          "region",
          "part",
          "from_stage",
          "to_stage",
          "announced",
          "effective",
          "decided_by",
          "agreed_by",
          "source",
          "note",
          "basis_set",
          "basis_version",
          "basis_sha256",
          "basis_as_of",
          "supersedes",
          "superseded_by",
          "origin");

  private LedgerOutput() {}

  /**
   * @param entries the entries to show (all of the ledger, or those of some regions), in the order
   *     recorded
   * @param origins where each entry came from, by id
   */
  public static void print(
      OutputFormat format,
      String theater,
      Ledger ledger,
      List<LedgerEntry> entries,
      Map<String, String> origins,
      PrintWriter out) {
    switch (format) {
      case table -> table(theater, ledger, entries, origins, TerminalText.safe(out));
      case json -> Json.print(json(theater, ledger, entries, origins), out);
      case csv -> csv(ledger, entries, origins, out);
    }
  }

  static void table(
      String theater,
      Ledger ledger,
      List<LedgerEntry> entries,
      Map<String, String> origins,
      PrintWriter out) {
    long superseded = entries.stream().filter(e -> ledger.supersededBy(e.id()).isPresent()).count();
    out.printf(
        "Decision ledger of %s (%s decisions): %d entries, %d superseded, %s%n",
        theater,
        ledger.kind().name().toLowerCase(),
        entries.size(),
        superseded,
        ProgramVersion.current());
    out.println();
    out.printf(ROW, "id", "region", "to stage", "announced", "effective", "status", "decided by");
    for (LedgerEntry e : entries) {
      out.printf(
          ROW,
          e.id(),
          e.region().name(),
          e.toStage(),
          e.announced().map(Object::toString).orElse(""),
          e.effective(),
          status(ledger, e),
          e.decidedBy());
    }
    List<LedgerEntry> parts = entries.stream().filter(e -> !e.wholeRegion()).toList();
    if (!parts.isEmpty()) {
      out.println();
      parts.forEach(
          e ->
              out.println(
                  "  " + e.id() + " covers part of " + e.region().name() + ": " + e.part().get()));
    }
    out.println();
    out.println(
        "Superseded entries stay in the ledger; only the latest correction of each counts.");
    out.println(
        "Origins: "
            + String.join(
                ", ",
                entries.stream().map(e -> origins.getOrDefault(e.id(), "")).distinct().toList()));
    out.flush();
  }

  private static String status(Ledger ledger, LedgerEntry e) {
    Optional<String> by = ledger.supersededBy(e.id());
    if (by.isPresent()) {
      return "superseded by " + by.get();
    }
    return e.supersedes().map(s -> "corrects " + s).orElse("effective");
  }

  static ObjectNode json(
      String theater, Ledger ledger, List<LedgerEntry> entries, Map<String, String> origins) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("theater", theater);
    root.put("kind", ledger.kind().name());
    ArrayNode list = root.putArray("entries");
    for (LedgerEntry e : entries) {
      ObjectNode n = list.addObject();
      List<String> row = row(ledger, e, origins);
      for (int i = 0; i < COLUMNS.size(); i++) {
        String column = COLUMNS.get(i);
        if (column.equals("agreed_by")) {
          ArrayNode parties = n.putArray(column);
          e.agreedBy().forEach(parties::add);
        } else if (row.get(i).isEmpty()
            && !column.equals("note")
            && !column.equals("source")
            && !column.equals("decided_by")) {
          n.putNull(column);
        } else {
          n.put(column, row.get(i));
        }
      }
      n.put("superseded", ledger.supersededBy(e.id()).isPresent());
    }
    root.put("program_version", ProgramVersion.current());
    return root;
  }

  static void csv(
      Ledger ledger, List<LedgerEntry> entries, Map<String, String> origins, PrintWriter out) {
    SafeCsv w = Csv.on(out);
    List<String> header = new ArrayList<>(COLUMNS);
    header.add("program_version");
    w.record(header);
    for (LedgerEntry e : entries) {
      List<String> row = new ArrayList<>(row(ledger, e, origins));
      row.add(ProgramVersion.current());
      w.record(row);
    }
    Csv.flush(w, out);
  }

  private static List<String> row(Ledger ledger, LedgerEntry e, Map<String, String> origins) {
    Optional<Basis> b = e.basis();
    return List.of(
        e.id(),
        e.kind().name(),
        e.region().name(),
        e.part().orElse(""),
        e.fromStage().orElse(""),
        e.toStage(),
        e.announced().map(Object::toString).orElse(""),
        e.effective().toString(),
        e.decidedBy(),
        String.join("; ", e.agreedBy()),
        e.source(),
        e.note(),
        b.map(Basis::benchmarkSet).orElse(""),
        b.map(Basis::version).orElse(""),
        b.map(Basis::sha256).orElse(""),
        b.map(x -> x.asOf().toString()).orElse(""),
        e.supersedes().orElse(""),
        ledger.supersededBy(e.id()).orElse(""),
        origins.getOrDefault(e.id(), ""));
  }
}
