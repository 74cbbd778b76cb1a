package org.handover.app.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text for people at a terminal, with its control characters made visible: data from files (region
 * names, sources, notes, rejected values, lines echoed in errors) could otherwise carry escape
 * sequences that retitle the window, clear the screen or hide what was printed. Every C0 control
 * character but newline and tab, DEL and every C1 control character is shown as an escape ({@code
 * \x1b}, {@code \x7f}, {@code \u009b}); an escape sequence so loses its first character and prints
 * as plain text. Only what is printed changes: the stored data keeps its characters, and JSON and
 * CSV outputs carry them as data (JSON escapes them by its own rules).
 */
public final class TerminalText {
  private static final boolean CRLF = System.lineSeparator().equals("\r\n");

  private TerminalText() {}

  /** {@code text} with its control characters escaped visibly; {@code null} stays {@code null}. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      escapeTo(text.charAt(i), out);
    }
    return out.toString();
  }

  /**
   * A writer on {@code out} that escapes every control character written through it (newlines, and
   * the carriage return of the platform's line separator, pass).
   */
  public static PrintWriter safe(PrintWriter out) {
    return out instanceof Safe ? out : new Safe(out);
  }

  /** Whether {@code c} is shown escaped. */
  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t' && !(CRLF && c == '\r')) || (c >= 0x7f && c <= 0x9f);
  }

  private static void escapeTo(char c, StringBuilder out) {
    if (!isControl(c)) {
      out.append(c);
    } else if (c <= 0x7f) {
      out.append("\\x")
          .append(Character.forDigit(c >> 4, 16))
          .append(Character.forDigit(c & 15, 16));
    } else {
      out.append("\\u00").append(Integer.toHexString(c));
    }
  }

  /**
   * The escaping writer: a PrintWriter so that the outputs' printing code needs no change. It
   * flushes at every line, as the terminal's writer does, so nothing waits in the writer under it.
   */
  private static final class Safe extends PrintWriter {
    Safe(PrintWriter out) {
      super(new Escaping(out), true);
    }
  }

  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (isControl((char) c)) {
        out.write(escape(String.valueOf((char) c)));
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(escape(new String(buf, off, len)));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.write(escape(s.substring(off, off + len)));
    }
  }
}
