package org.handover.io.imports.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.handover.io.imports.ImportException;

/**
 * What an event import does with a row whose fatality estimates are out of order (low above best,
 * best above high, or low above high) although it gives a best figure. A row without a best figure
 * of its own (empty, or not a number) or with a negative figure is rejected whatever the policy.
 * The source's own repairs come first: a mapping that caps low at high does so before the policy
 * looks at the row.
 */
public enum InconsistentEstimates {
  /** Reject the row (the default). */
  REJECT,
  /** Widen the range to hold best: low = min(low, best), high = max(high, best); best is kept. */
  WIDEN,
  /** Keep best alone: low = high = best. */
  BEST;

  /** The option's value as written ("widen"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the policy does to such a row, for notes. */
  public String describe() {
    return switch (this) {
      case REJECT -> "the row is rejected";
      case WIDEN -> "low = min(low, best), high = max(high, best)";
      case BEST -> "low = high = best";
    };
  }

  /**
   * @throws ImportException naming the option, the value and the choices when it is none of them
   */
  public static InconsistentEstimates parse(String option, String text) {
    return Arrays.stream(values())
        .filter(p -> p.id().equals(text.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new ImportException(
                    "option '"
                        + option
                        + "' = \""
                        + text
                        + "\": not a policy; give one of "
                        + Arrays.stream(values()).map(InconsistentEstimates::id).toList(),
                    List.of()));
  }
}
