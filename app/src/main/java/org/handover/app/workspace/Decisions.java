package org.handover.app.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.decision.DecisionComparison;
import org.handover.engine.decision.Ledger;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.io.store.TheaterReader;
import org.handover.io.store.TheaterReader.ImportRecord;

/**
 * A workspace's recommendations set against a decision ledger. The recommendations are those of the
 * track alone (no ledger), with each stage's hysteresis from the benchmark set: relative to the
 * decisions they would follow them and measure nothing.
 */
public final class Decisions {
  private Decisions() {}

  /**
   * The comparison for one stage, and the provenance of the assessment behind the recommendations.
   */
  public record Compared(DecisionComparison comparison, Provenance provenance) {}

  public static Compared compare(Workspace ws, Ledger ledger, String stage) {
    Evaluation evaluation = ws.evaluation();
    return new Compared(
        DecisionComparison.of(evaluation.recommendations(), ledger, ws.theater(), stage),
        evaluation.provenance());
  }

  /**
   * Where the theater's decisions came from, for provenance: each import as its file and SHA-256
   * (role "decisions, import N"), and any other origin (decisions recorded with {@code handover
   * decide}) by name, without a hash.
   */
  public static List<InputRef> sources(TheaterReader reader, String theater) {
    Map<String, ImportRecord> imports =
        reader.imports().stream()
            .collect(Collectors.toMap(i -> "import " + i.importId(), i -> i, (a, b) -> a));
    List<InputRef> out = new ArrayList<>();
    for (String origin : new LinkedHashSet<>(reader.decisionOrigins(theater).values())) {
      ImportRecord i = imports.get(origin);
      out.add(
          i == null
              ? new InputRef(origin, "", "decisions")
              : new InputRef(
                  i.fileName(), i.sha256() == null ? "" : i.sha256(), "decisions, " + origin));
    }
    return out;
  }
}
