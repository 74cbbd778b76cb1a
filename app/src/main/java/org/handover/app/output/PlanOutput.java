package org.handover.app.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handover.engine.plan.Party;
import org.handover.engine.plan.Plan;
import org.handover.engine.plan.PlanSignature;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.plan.SignOff;
import org.handover.engine.plan.VersionState;
import org.handover.engine.provenance.ProgramVersion;
import org.handover.io.csv.SafeCsv;

/**
 * One version of a plan (its status, signatures, transitions and document) and the list of a
 * theater's plans, each as a table for people, a JSON document or CSV rows.
 */
public final class PlanOutput {
  private static final DateTimeFormatter TABLE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final String ROW = "  %-8s %-8s %-22s %-14s %s%n";
  static final List<String> COLUMNS =
      List.of(
          "plan",
          "version",
          "status",
          "sha256",
          "region",
          "from_stage",
          "to_stage",
          "month",
          "tranche",
          "program_version");

  private PlanOutput() {}

  /** Version {@code number} of {@code plan}. */
  public static void show(
      OutputFormat format, String theater, Plan plan, int number, PrintWriter out) {
    switch (format) {
      case table -> table(theater, plan, number, TerminalText.safe(out));
      case json -> Json.print(json(theater, plan, number), out);
      case csv -> csv(plan, number, out);
    }
  }

  /** A time as the tables show it. */
  public static String time(Instant at) {
    return TABLE_TIME.format(at);
  }

  static void table(String theater, Plan plan, int number, PrintWriter out) {
    VersionState v = plan.version(number);
    PlanVersion pv = v.version();
    out.printf(
        "Plan %s of %s, version %d of %d: %s, %s%n",
        plan.name(),
        theater,
        number,
        plan.versions().size(),
        plan.describe(number),
        ProgramVersion.current());
    out.printf("  sha256     %s%n", pv.sha256());
    out.printf(
        "  created    %s by %s, from %s%n", time(pv.createdAt()), pv.createdBy(), pv.provenance());
    out.printf(
        "  proposed   %s%n",
        v.proposedBy().map(by -> time(v.proposedAt().orElseThrow()) + " by " + by).orElse("no"));
    boolean valid = plan.signaturesValid(number);
    for (Party party : Party.values()) {
      Optional<PlanSignature> s = v.signatureOf(party);
      out.printf(
          "  %-10s %s%n",
          SignOff.party(party),
          s.map(
                  x ->
                      "signed by "
                          + x.signatory()
                          + " at "
                          + time(x.signedAt())
                          + (valid ? "" : " (void: a later version superseded this one)"))
              .orElse("not signed"));
    }
    out.printf(
        "  in force   %s%n",
        plan.inForce()
            .map(f -> "version " + f.number() + ", agreed " + time(f.agreedAt().orElseThrow()))
            .orElse("no version agreed yet"));
    out.println();
    out.printf(ROW, "month", "tranche", "region", "from", "to");
    for (PlannedTransition t : pv.transitions()) {
      out.printf(ROW, t.month(), t.tranche(), t.region().name(), t.fromStage(), t.toStage());
    }
    out.printf("  (%d transitions)%n", pv.transitions().size());
    out.println();
    out.println("Versions:");
    for (VersionState each : plan.versions()) {
      out.printf(
          "  %d  %s  %s  %s%n",
          each.number(),
          each.version().shortHash(),
          time(each.version().createdAt()),
          plan.describe(each.number()));
    }
    out.flush();
  }

  static ObjectNode json(String theater, Plan plan, int number) {
    VersionState v = plan.version(number);
    PlanVersion pv = v.version();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("theater", theater);
    root.put("plan", plan.name());
    root.put("version", number);
    root.put("versions", plan.versions().size());
    root.put("current", number == plan.current().number());
    root.put("status", v.status().name());
    root.put("description", plan.describe(number));
    root.put("sha256", pv.sha256());
    root.put("created_by", pv.createdBy());
    root.put("created_at", pv.createdAt().toString());
    root.put("provenance", pv.provenance());
    putOptional(root, "proposed_by", v.proposedBy());
    putOptional(root, "proposed_at", v.proposedAt().map(Instant::toString));
    putOptional(root, "agreed_at", v.agreedAt().map(Instant::toString));
    if (plan.inForce().isPresent()) {
      root.put("in_force_version", plan.inForce().get().number());
    } else {
      root.putNull("in_force_version");
    }
    ArrayNode signatures = root.putArray("signatures");
    boolean valid = plan.signaturesValid(number);
    for (PlanSignature s : v.signatures()) {
      ObjectNode n = signatures.addObject();
      n.put("party", SignOff.party(s.party()));
      n.put("signatory", s.signatory());
      n.put("signed_at", s.signedAt().toString());
      n.put("sha256", s.sha256());
      n.put("valid", valid);
    }
    ArrayNode transitions = root.putArray("transitions");
    for (PlannedTransition t : pv.transitions()) {
      ObjectNode n = transitions.addObject();
      n.put("region", t.region().name());
      n.put("from_stage", t.fromStage());
      n.put("to_stage", t.toStage());
      n.put("month", t.month().toString());
      n.put("tranche", t.tranche());
    }
    try {
      root.set("document", Json.MAPPER.readTree(pv.document()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored plan document is canonical JSON", e);
    }
    root.put("program_version", ProgramVersion.current());
    return root;
  }

  static void csv(Plan plan, int number, PrintWriter out) {
    VersionState v = plan.version(number);
    SafeCsv w = Csv.on(out);
    w.record(COLUMNS);
    for (PlannedTransition t : v.version().transitions()) {
      w.record(
          List.of(
              plan.name(),
              Integer.toString(number),
              v.status().name(),
              v.version().sha256(),
              t.region().name(),
              t.fromStage(),
              t.toStage(),
              t.month().toString(),
              Integer.toString(t.tranche()),
              ProgramVersion.current()));
    }
    Csv.flush(w, out);
  }

  /** The theater's plans: each with its versions, current status and the version in force. */
  public static void list(OutputFormat format, String theater, List<Plan> plans, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan p : plans) {
      VersionState c = p.current();
      rows.add(
          List.of(
              p.name(),
              Integer.toString(c.number()),
              c.status().name(),
              c.version().sha256(),
              p.inForce().map(f -> Integer.toString(f.number())).orElse(""),
              Integer.toString(c.version().transitions().size())));
    }
    List<String> header =
        List.of("plan", "versions", "current_status", "current_sha256", "in_force", "transitions");
    switch (format) {
      case table -> {
        PrintWriter t = TerminalText.safe(out);
        t.printf("Plans of %s: %d, %s%n%n", theater, plans.size(), ProgramVersion.current());
        String row = "  %-24s %-9s %-15s %-15s %-9s %s%n";
        t.printf(row, header.toArray());
        for (List<String> r : rows) {
          List<String> shown = new ArrayList<>(r);
          shown.set(3, r.get(3).substring(0, 12));
          t.printf(row, shown.toArray());
        }
        if (plans.isEmpty()) {
          t.println("  (none: save one with handover plan save NAME --from FILE --by WHO)");
        }
        t.flush();
      }
      case json -> {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("theater", theater);
        ArrayNode list = root.putArray("plans");
        for (Plan p : plans) {
          ObjectNode n = list.addObject();
          n.put("plan", p.name());
          n.put("versions", p.versions().size());
          n.put("current_status", p.current().status().name());
          n.put("current_sha256", p.current().version().sha256());
          if (p.inForce().isPresent()) {
            n.put("in_force", p.inForce().get().number());
          } else {
            n.putNull("in_force");
          }
          n.put("transitions", p.current().version().transitions().size());
        }
        root.put("program_version", ProgramVersion.current());
        Json.print(root, out);
      }
      case csv -> {
        SafeCsv w = Csv.on(out);
        w.record(header);
        rows.forEach(w::record);
        Csv.flush(w, out);
      }
    }
  }

  private static void putOptional(ObjectNode n, String key, Optional<String> value) {
    if (value.isPresent()) {
      n.put(key, value.get());
    } else {
      n.putNull(key);
    }
  }
}
