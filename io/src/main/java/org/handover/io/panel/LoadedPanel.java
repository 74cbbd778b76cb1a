package org.handover.io.panel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;

/**
 * A panel read from the store with what is needed to say where it came from.
 *
 * @param inputs the imported files the panel's rows come from (file name, SHA-256, import kind as
 *     role)
 * @param notes method choices that shape the values, by topic (e.g. "apportionment")
 */
public record LoadedPanel(Panel panel, List<InputRef> inputs, Map<String, String> notes) {
  public LoadedPanel {
    inputs = List.copyOf(inputs);
    notes = Map.copyOf(new TreeMap<>(notes));
  }

  /** Names of the panel's variables that are not real data, sorted. */
  public List<String> illustrativeVariables() {
    return panel.names().stream()
        .filter(n -> panel.variable(n).map(Variable::illustrative).orElse(false))
        .sorted()
        .toList();
  }

  /**
   * Provenance of the panel alone: inputs, illustrative variables and method notes (add the
   * benchmark set later).
   */
  public Provenance provenance() {
    Provenance p = Provenance.of(inputs).withIllustrative(illustrativeVariables());
    for (Map.Entry<String, String> note : new TreeMap<>(notes).entrySet()) {
      p = p.withNote(note.getKey(), note.getValue());
    }
    return p;
  }
}
