package org.handover.engine.indicator;

/** The infix operators, with their precedence (higher binds tighter). */
public enum BinaryOp {
  ADD("+", 2),
  SUB("-", 2),
  MUL("*", 3),
  DIV("/", 3),
  LT("<", 1),
  LE("<=", 1),
  GT(">", 1),
  GE(">=", 1),
  EQ("==", 1),
  NE("!=", 1);

  private final String symbol;
  private final int precedence;

  BinaryOp(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  int precedence() {
    return precedence;
  }

  /** Comparisons yield 1 or 0 and do not chain: {@code a < b < c} is a parse error. */
  boolean isComparison() {
    return precedence == 1;
  }

  static BinaryOp ofSymbol(String symbol) {
    for (BinaryOp op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    throw new IllegalArgumentException("not an operator: " + symbol);
  }
}
