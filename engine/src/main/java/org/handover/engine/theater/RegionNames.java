package org.handover.engine.theater;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How region names are compared: case, accents, punctuation and a leading article do not matter.
 */
public final class RegionNames {
  private RegionNames() {}

  /** "Al-Anbar" -> "anbar", "Salah ad-Din" -> "salah ad din", "Ba'aj" -> "baaj". */
  public static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s =
        s.toLowerCase(Locale.ROOT)
            .replaceAll("['\u2019`\u00b4]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (s.startsWith("al ") && s.length() > 3) {
      s = s.substring(3);
    }
    return s;
  }
}
