package org.handover.engine.indicator;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * "Did you mean ...?" for misspelt names: edit distance, containment, and a few synonyms for
 * functions.
 */
final class Suggestions {
  private static final int LIST_LIMIT = 12;
  private static final Map<String, String> SYNONYMS =
      Map.of(
          "avg",
          "mean",
          "average",
          "mean",
          "ln",
          "log",
          "trend",
          "slope",
          "delta",
          "diff",
          "ffill",
          "carry_forward",
          "nvl",
          "coalesce",
          "ifnull",
          "coalesce",
          "isnan",
          "is_missing",
          "isnull",
          "is_missing");

  private Suggestions() {}

  /**
   * Up to {@code limit} candidates close to {@code name}, closest first; only those within one edit
   * of the closest, so a clear winner is not buried among distant look-alikes.
   */
  static List<String> closest(String name, Collection<String> candidates, int limit) {
    String key = name.toLowerCase(Locale.ROOT);
    String synonym = withSynonyms(key);
    record Scored(String name, int distance) {}
    List<Scored> scored =
        candidates.stream()
            .map(
                c -> {
                  String lc = c.toLowerCase(Locale.ROOT);
                  int d = Math.min(distance(key, lc), distance(synonym, lc));
                  boolean contains =
                      key.length() >= 3
                          && lc.length() >= 3
                          && (lc.contains(key) || key.contains(lc));
                  return new Scored(
                      c, d <= Math.max(2, key.length() / 3) ? d : contains ? 1000 + d : -1);
                })
            .filter(s -> s.distance() >= 0)
            .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
            .collect(Collectors.toList());
    if (scored.isEmpty()) {
      return List.of();
    }
    int best = scored.get(0).distance();
    return scored.stream()
        .filter(s -> s.distance() <= best + 1)
        .limit(limit)
        .map(Scored::name)
        .collect(Collectors.toList());
  }

  /**
   * {@code did you mean a, b or c?}; when nothing is close, the known names under {@code label} (at
   * most a dozen); "" when there are none.
   */
  static String hint(String name, Collection<String> candidates, String label) {
    List<String> close = closest(name, candidates, 3);
    if (!close.isEmpty()) {
      String list =
          close.size() == 1
              ? close.get(0)
              : String.join(", ", close.subList(0, close.size() - 1))
                  + " or "
                  + close.get(close.size() - 1);
      return "did you mean " + list + "?";
    }
    if (candidates.isEmpty()) {
      return "";
    }
    List<String> sorted = List.copyOf(new TreeSet<>(candidates));
    String shown = String.join(", ", sorted.subList(0, Math.min(LIST_LIMIT, sorted.size())));
    return label
        + ": "
        + shown
        + (sorted.size() > LIST_LIMIT ? " and " + (sorted.size() - LIST_LIMIT) + " more" : "");
  }

  private static String withSynonyms(String name) {
    String[] parts = name.split("_", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = SYNONYMS.getOrDefault(parts[i], parts[i]);
    }
    return String.join("_", parts);
  }

  /**
   * Edit distance counting an adjacent transposition ("lgo" for "log") as one edit (optimal string
   * alignment).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
