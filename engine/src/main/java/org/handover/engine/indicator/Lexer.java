package org.handover.engine.indicator;

/**
 * Splits expression source into tokens on demand, so the first problem in reading order is the one
 * reported.
 */
final class Lexer {
  enum Type {
    NUMBER,
    IDENT,
    LPAREN,
    RPAREN,
    COMMA,
    LBRACKET,
    RBRACKET,
    STRING,
    OP,
    END
  }

  /**
   * A token; {@code column} is 1-based; {@code value} is set for numbers; a string's {@code text}
   * is its value, without quotes or escapes.
   */
  record Token(Type type, String text, int column, double value) {
    /** How an error message names this token. */
    String describe() {
      return switch (type) {
        case END -> "the end of the expression";
        case NUMBER -> "the number " + text;
        case IDENT -> "the name '" + text + "'";
        case STRING -> "the text " + Printer.text(text);
        default -> "'" + text + "'";
      };
    }
  }

  private final String source;
  private int pos;

  Lexer(String source) {
    this.source = source;
  }

  Token next() {
    while (pos < source.length() && isSpace(source.charAt(pos))) {
      pos++;
    }
    if (pos >= source.length()) {
      return new Token(Type.END, "", source.length() + 1, Double.NaN);
    }
    int start = pos;
    char c = source.charAt(pos);
    if (isDigit(c) || c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1))) {
      return number();
    }
    if (isLetter(c) || c == '_') {
      return identifier();
    }
    pos++;
    switch (c) {
      case '(':
        return new Token(Type.LPAREN, "(", start + 1, Double.NaN);
      case ')':
        return new Token(Type.RPAREN, ")", start + 1, Double.NaN);
      case ',':
        return new Token(Type.COMMA, ",", start + 1, Double.NaN);
      case '[':
        return new Token(Type.LBRACKET, "[", start + 1, Double.NaN);
      case ']':
        return new Token(Type.RBRACKET, "]", start + 1, Double.NaN);
      case '"':
        return string(start);
      case '+':
      case '-':
      case '*':
      case '/':
        return op(String.valueOf(c), start);
      case '<':
      case '>':
        return op(eat('=') ? c + "=" : String.valueOf(c), start);
      case '=':
        if (eat('=')) {
          return op("==", start);
        }
        throw error("unexpected '='", start, "did you mean '=='?");
      case '!':
        if (eat('=')) {
          return op("!=", start);
        }
        throw error(
            "unexpected '!'",
            start,
            "did you mean '!='? to test for missing data use is_missing(x)");
      default:
        int cp = source.codePointAt(start);
        throw error(
            "unexpected character " + describe(cp),
            start,
            Character.isLetterOrDigit(cp)
                ? "names use only ASCII letters, digits, '_' and '.'"
                : hintFor(c));
    }
  }

  private Token number() {
    int start = pos;
    while (pos < source.length() && isDigit(source.charAt(pos))) {
      pos++;
    }
    if (pos < source.length() && source.charAt(pos) == '.') {
      pos++;
      while (pos < source.length() && isDigit(source.charAt(pos))) {
        pos++;
      }
    }
    if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
      pos++;
      if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
        pos++;
      }
      if (pos >= source.length() || !isDigit(source.charAt(pos))) {
        throw error("the exponent of " + source.substring(start, pos) + " has no digits", pos, "");
      }
      while (pos < source.length() && isDigit(source.charAt(pos))) {
        pos++;
      }
    }
    String text = source.substring(start, pos);
    if (pos < source.length() && (isLetter(source.charAt(pos)) || source.charAt(pos) == '_')) {
      throw error(
          "unexpected " + describe(source.charAt(pos)) + " right after the number " + text,
          pos,
          "a name cannot start with a digit; is a '*' missing?");
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw error("the number " + text + " is too large", start, "");
    }
    return new Token(Type.NUMBER, text, start + 1, value);
  }

  private Token identifier() {
    int start = pos;
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '.') {
        if (pos + 1 >= source.length() || !isNameChar(source.charAt(pos + 1))) {
          throw error(
              "a '.' in a name must be followed by a letter, digit or '_'",
              pos,
              "dots separate the parts of a name such as foreign_troops.role.combat");
        }
      } else if (!isNameChar(c)) {
        break;
      }
      pos++;
    }
    return new Token(Type.IDENT, source.substring(start, pos), start + 1, Double.NaN);
  }

  /**
   * Text in double quotes, where a backslash makes the next '"' or '\\' literal; it must end on its
   * line.
   */
  private Token string(int start) {
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= source.length() || source.charAt(pos) == '\n' || source.charAt(pos) == '\r') {
        throw error(
            "the text starting here has no closing '\"'",
            start,
            "text is written in double quotes on one line, such as \"one-sided\"");
      }
      char c = source.charAt(pos++);
      if (c == '"') {
        return new Token(Type.STRING, value.toString(), start + 1, Double.NaN);
      }
      if (c == '\\') {
        if (pos < source.length() && (source.charAt(pos) == '"' || source.charAt(pos) == '\\')) {
          c = source.charAt(pos++);
        } else {
          throw error(
              "a '\\' in text must be followed by '\"' or '\\'",
              pos - 1,
              "write \\\" for a quote and \\\\ for a backslash inside the quotes");
        }
      }
      value.append(c);
    }
  }

  private Token op(String symbol, int start) {
    return new Token(Type.OP, symbol, start + 1, Double.NaN);
  }

  private boolean eat(char c) {
    if (pos < source.length() && source.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private ExpressionException error(String problem, int offset, String hint) {
    return new ExpressionException(problem, source, offset + 1, hint);
  }

  private static String hintFor(char c) {
    return switch (c) {
      case '^' -> "there is no power operator; use exp(k * log(x)) or multiply";
      case '&', '|' -> "there is no and/or; (a > 1) * (b > 1) is 1 when both hold";
      case '{', '}' -> "group with ( and )";
      case '\'' -> "names are written without quotes; text in filters takes double quotes";
      case ';' -> "an indicator is a single expression";
      default -> "";
    };
  }

  static String describe(int codePoint) {
    String hex = String.format("U+%04X", codePoint);
    if (codePoint > ' ' && codePoint < 0x7f) {
      return "'" + Character.toString(codePoint) + "'";
    }
    boolean visible =
        !Character.isISOControl(codePoint)
            && !Character.isWhitespace(codePoint)
            && Character.isDefined(codePoint)
            && Character.getType(codePoint) != Character.SURROGATE;
    return visible ? "'" + Character.toString(codePoint) + "' (" + hex + ")" : hex;
  }

  /**
   * True for a name as the language writes one: a letter or '_' first, then letters, digits, '_'
   * and single dots.
   */
  static boolean isIdentifier(String s) {
    if (s == null || s.isEmpty() || !(isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = isNameChar(c) || c == '.' && i + 1 < s.length() && isNameChar(s.charAt(i + 1));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
  }
}
