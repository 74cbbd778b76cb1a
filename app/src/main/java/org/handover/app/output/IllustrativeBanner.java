package org.handover.app.output;

import java.io.PrintWriter;
import org.handover.engine.provenance.Provenance;

/**
 * The line every terminal table prints under its title when its result rests on illustrative (not
 * observed) inputs, and nothing otherwise. One wording, with the result-specific part as a
 * parameter.
 */
final class IllustrativeBanner {
  private static final String LABEL = "ILLUSTRATIVE DATA: ";
  private static final String NOT_OBSERVED = "not observed figures (see data/README.md)";

  private IllustrativeBanner() {}

  /**
   * For a result shown verdict by verdict: "ILLUSTRATIVE DATA: X are not observed figures (...);
   * verdicts on them are marked *."
   */
  static void markedVerdicts(Provenance p, PrintWriter out) {
    if (p.usesIllustrativeData()) {
      out.println(LABEL + inputs(p) + " are " + NOT_OBSERVED + "; verdicts on them are marked *.");
    }
  }

  /**
   * For a result derived as a whole: "ILLUSTRATIVE DATA: {@code what} rest partly on X, which are
   * not observed figures (...)."
   */
  static void restingOn(String what, Provenance p, PrintWriter out) {
    if (p.usesIllustrativeData()) {
      out.println(
          LABEL + what + " rest partly on " + inputs(p) + ", which are " + NOT_OBSERVED + ".");
    }
  }

  private static String inputs(Provenance p) {
    return String.join(", ", p.illustrative());
  }
}
