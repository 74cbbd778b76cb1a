package org.handover.io.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * The check every import makes on the ids and names it stores or looks up (event ids, region names,
 * codes and aliases, decision ids): a control character (C0 U+0000..U+001F, DEL, C1 U+0080..U+009F)
 * in one is never meant. A NUL or an escape code passes unseen through a terminal, a report or a
 * spreadsheet, so two ids that print the same would differ, and a name's normal form would drop it
 * silently and match a region the text does not name. Free text (notes, locations, actors) may hold
 * them.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Whether {@code c} is a C0 or C1 control character or DEL. */
  public static boolean isControl(int c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f;
  }

  /**
   * Why {@code text}, as a {@code what} ("region name", "event id"), cannot be taken: the first
   * control character it holds, by code point and 1-based position; empty when it has none.
   */
  public static Optional<String> problem(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        return Optional.of(
            what
                + " contains the control character "
                + String.format(Locale.ROOT, "U+%04X", (int) c)
                + " at position "
                + (i + 1)
                + " (ids and names may not hold control characters)");
      }
    }
    return Optional.empty();
  }

  /** The RE2 class (DuckDB's regexp functions) of the characters {@link #isControl} names. */
  public static final String SQL_CLASS = "[\\x00-\\x1f\\x7f-\\x{9f}]";

  /** {@code text} as a message may echo it: each control character as {@code \\uXXXX}. */
  public static String visible(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
