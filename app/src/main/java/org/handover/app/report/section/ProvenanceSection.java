package org.handover.app.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.Table;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;

/**
 * The footer: where every number came from (input files and their SHA-256, the benchmark set's
 * name, version and hash, the program version), when the page was made, for which month, which
 * inputs are illustrative, the decision ledger's sources, and the method notes.
 */
public final class ProvenanceSection implements ReportSection {
  public static final String ID = "provenance";

  private final ReportModel model;
  private final List<String> reportNotes;

  /**
   * @param reportNotes method notes about the report itself (e.g. how boundaries were simplified)
   */
  public ProvenanceSection(ReportModel model, List<String> reportNotes) {
    this.model = model;
    this.reportNotes = List.copyOf(reportNotes);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Provenance and method";
  }

  @Override
  public List<Chart> charts() {
    return List.of();
  }

  Table summary() {
    Provenance p = model.provenance();
    Table.Builder t = Table.builder("This report", "Item", "Value");
    t.row(Table.Cell.text("As of"), Table.Cell.text(model.asOf().toString()).withClass("as-of"));
    t.row(
        Table.Cell.text("Months shown"),
        Table.Cell.text(model.months().first() + " to " + model.months().last()));
    t.row(Table.Cell.text("Generated"), Table.Cell.text(Format.time(model.generatedAt())));
    t.row(Table.Cell.text("Program"), Table.Cell.text(p.programVersion()));
    t.row(
        Table.Cell.text("Benchmark set"),
        Table.Cell.text(
            blankAsDash(p.benchmarkSetName())
                + " version "
                + blankAsDash(p.benchmarkSetVersion())));
    t.row(
        Table.Cell.text("Benchmark set SHA-256"),
        Table.Cell.markup("<code>" + Html.escape(blankAsDash(p.benchmarkSetSha256())) + "</code>"));
    p.seed()
        .ifPresent(seed -> t.row(Table.Cell.text("Seed"), Table.Cell.text(Long.toString(seed))));
    return t.build();
  }

  Table inputs() {
    Table.Builder t = Table.builder("Inputs", "File or table", "Role", "SHA-256");
    for (InputRef in : model.provenance().inputs()) {
      t.row(
          Table.Cell.text(in.name()),
          Table.Cell.text(in.role()),
          Table.Cell.markup("<code>" + Html.escape(in.sha256()) + "</code>"));
    }
    return t.build();
  }

  Table illustrativeInputs() {
    Table.Builder t =
        Table.builder(
            Illustrative.LABEL + ": variables that are not real observations",
            "Variable",
            "Method");
    Illustrative ill = Illustrative.of(model);
    List<String> names = new ArrayList<>(model.provenance().illustrative());
    model.panel().names().stream()
        .filter(ill::isIllustrative)
        .filter(n -> !names.contains(n))
        .forEach(names::add);
    for (String n : names) {
      t.row(Table.Cell.text(n), Table.Cell.text(ill.method(n)));
    }
    return t.build();
  }

  /** Where the decisions came from: the ledger's inputs and the sources its entries cite. */
  Table decisionLedger() {
    Ledger ledger = model.decisions();
    Table.Builder t = Table.builder("Decision ledger", "Item", "Value");
    long superseded =
        ledger.entries().stream().filter(e -> ledger.supersededBy(e.id()).isPresent()).count();
    long known = model.decisionsAsOf().entries().size();
    t.row(
        Table.Cell.text("Entries"),
        Table.Cell.text(
            ledger.entries().size()
                + " "
                + ledger.kind()
                + " ("
                + superseded
                + " superseded); "
                + known
                + " effective by "
                + model.asOf()));
    for (InputRef in : model.decisionSources()) {
      t.row(
          Table.Cell.text("From"),
          Table.Cell.markup(
              Html.escape(in.name() + (in.role().isBlank() ? "" : " (" + in.role() + ")"))
                  + (in.sha256().isBlank()
                      ? ""
                      : " <code>" + Html.escape(in.sha256()) + "</code>")));
    }
    ledger.entries().stream()
        .map(LedgerEntry::source)
        .filter(s -> !s.isBlank())
        .distinct()
        .forEach(s -> t.row(Table.Cell.text("Source"), Table.Cell.text(s)));
    return t.build();
  }

  Table notes() {
    Table.Builder t = Table.builder("Method notes", "Topic", "Note");
    for (Map.Entry<String, String> e : model.provenance().notes().entrySet()) {
      t.row(Table.Cell.text(e.getKey()), Table.Cell.text(e.getValue()));
    }
    for (String n : reportNotes) {
      t.row(Table.Cell.text("report"), Table.Cell.text(n));
    }
    return t.build();
  }

  @Override
  public String bodyHtml() {
    StringBuilder out = new StringBuilder("<div class=\"provenance\">\n");
    out.append("<div class=\"table-block\">").append(summary().html()).append("</div>\n");
    if (!model.provenance().inputs().isEmpty()) {
      out.append("<div class=\"table-block\">").append(inputs().html()).append("</div>\n");
    } else {
      out.append("<p class=\"muted\">No input files were recorded.</p>\n");
    }
    Table ill = illustrativeInputs();
    if (!ill.rows().isEmpty()) {
      out.append("<div class=\"table-block\">").append(ill.html()).append("</div>\n");
    } else {
      out.append("<p>All inputs are observed data; none is illustrative.</p>\n");
    }
    if (!model.decisions().entries().isEmpty()) {
      out.append("<div class=\"table-block\">").append(decisionLedger().html()).append("</div>\n");
    }
    out.append("<div class=\"table-block\">").append(notes().html()).append("</div>\n");
    out.append("<div class=\"table-block\">").append(benchmarkTable().html()).append("</div>\n");
    return out.append("</div>\n").toString();
  }

  /** The benchmark set as the reader can check it: every benchmark's rule and justification. */
  Table benchmarkTable() {
    Illustrative ill = Illustrative.of(model);
    Table.Builder t =
        Table.builder(
            "Benchmark set " + model.benchmarkSet().name() + " " + model.benchmarkSet().version(),
            "Condition",
            "Benchmark",
            "Rule",
            "Justification");
    model
        .benchmarkSet()
        .conditions()
        .forEach(
            c ->
                c.benchmarks()
                    .forEach(
                        b ->
                            t.row(
                                Table.Cell.text(c.name()),
                                Table.Cell.markup(
                                    Html.escape(b.id())
                                        + (ill.isIllustrative(b.indicator())
                                            ? " <span class=\"tag-illustrative\">illustrative</span>"
                                            : "")),
                                Table.Cell.text(b.rule()),
                                Table.Cell.text(
                                    b.justification().isBlank()
                                        ? b.description()
                                        : b.justification()))));
    return t.build();
  }

  private static String blankAsDash(String s) {
    return s == null || s.isBlank() ? "\u2014" : s;
  }
}
