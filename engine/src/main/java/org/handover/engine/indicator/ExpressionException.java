package org.handover.engine.indicator;

import java.util.Objects;
import org.handover.engine.HandoverException;

/**
 * An expression that cannot be parsed or evaluated: what is wrong, where (1-based column in the
 * source, counted in characters), and a suggestion when there is one. The message reads e.g. {@code
 * unknown function 'rolling_avg' at column 7 (did you mean rolling_mean?)} followed by the {@link
 * #pointer()}.
 */
public final class ExpressionException extends HandoverException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String hint;
  private final String source;
  private final int column;

  ExpressionException(String problem, String source, int column, String hint) {
    super(problem);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.source = Objects.requireNonNull(source, "source");
    this.hint = hint == null ? "" : hint;
    if (column < 1 || column > source.length() + 1) {
      throw new IllegalArgumentException(
          "column " + column + " outside source of length " + source.length());
    }
    this.column = column;
  }

  ExpressionException(String problem, String source, int column) {
    this(problem, source, column, "");
  }

  /** What is wrong, without position or hint, e.g. {@code unknown variable 'deaths_bst'}. */
  public String problem() {
    return problem;
  }

  /** A suggestion such as {@code did you mean deaths_best?}, or "". */
  String hint() {
    return hint;
  }

  public String source() {
    return source;
  }

  /** 1-based; {@code source().length() + 1} when the expression ends too early. */
  public int column() {
    return column;
  }

  /** One line: the problem, the column and the hint. */
  public String describe() {
    return problem + " at column " + column + (hint.isEmpty() ? "" : " (" + hint + ")");
  }

  /**
   * The source line holding the column, and under it a caret at the column. Tabs are copied into
   * the caret line so the caret stays aligned.
   */
  public String pointer() {
    int at = column - 1;
    int start = source.lastIndexOf('\n', at - 1) + 1;
    int end = source.indexOf('\n', start);
    String line = source.substring(start, end < 0 ? source.length() : end);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    StringBuilder caret = new StringBuilder();
    for (int i = start; i < at; i++) {
      caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
    }
    return line + "\n" + caret + "^";
  }

  @Override
  public String getMessage() {
    return describe() + "\n" + pointer();
  }
}
