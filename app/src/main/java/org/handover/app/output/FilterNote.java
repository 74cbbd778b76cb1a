package org.handover.app.output;

import java.io.PrintWriter;
import org.handover.engine.provenance.Provenance;

/**
 * The line a table ends with when its result reads filtered event series: which events each counts
 * (the panel loader's provenance note of that topic). JSON and CSV carry it in the provenance.
 */
final class FilterNote {
  /** The topic under which the panel loader notes the filters it applied. */
  static final String TOPIC = "event filters";

  private FilterNote() {}

  static void print(Provenance p, PrintWriter out) {
    String note = p.notes().get(TOPIC);
    if (note != null) {
      out.println("Event filters: " + note);
    }
  }
}
