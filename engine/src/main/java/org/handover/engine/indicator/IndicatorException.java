package org.handover.engine.indicator;

import java.util.Optional;
import org.handover.engine.HandoverException;

/**
 * An indicator definition that cannot be computed, named in the message, e.g. {@code indicator
 * 'deaths_per_100k': unknown variable 'deaths_bst' at column 12 (did you mean deaths_best?)}
 * followed by the source line with a caret. Unchecked so callers decide where to catch it
 * (typically where the definitions file is known, to add its name and line).
 */
public final class IndicatorException extends HandoverException {
  private static final long serialVersionUID = 1L;

  private final String indicator;

  IndicatorException(String indicator, ExpressionException cause) {
    super("indicator '" + indicator + "': " + cause.describe() + "\n" + cause.pointer(), cause);
    this.indicator = indicator;
  }

  IndicatorException(String indicator, String problem) {
    super("indicator '" + indicator + "': " + problem);
    this.indicator = indicator;
  }

  /**
   * The name of the indicator at fault (for a cycle, the first of its members in definition order).
   */
  public String indicator() {
    return indicator;
  }

  /** The error located in the indicator's expression, when the problem has a column. */
  Optional<ExpressionException> expressionError() {
    return getCause() instanceof ExpressionException e ? Optional.of(e) : Optional.empty();
  }
}
