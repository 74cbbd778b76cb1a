package org.handover.io.imports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one import did: the record it leaves in the store's {@code imports} table, plus the
 * rejections and the names it could not match (with the closest known names).
 *
 * @param unknownRegions region names not found, each with the closest known names
 */
public record ImportReport(
    long importId,
    String kind,
    String file,
    String sha256,
    long rowsRead,
    long rowsImported,
    long rowsRejected,
    long rowsUnassigned,
    List<Rejection> rejections,
    Map<String, List<String>> unknownRegions,
    List<String> notes) {

  public ImportReport {
    rejections = List.copyOf(rejections);
    unknownRegions = Map.copyOf(unknownRegions);
    notes = List.copyOf(notes);
  }

  /** The share of the rows read that were rejected, as people read it ("2.1%"). */
  public String rejectedPercent() {
    return RejectionLimit.percent(rowsRejected, rowsRead);
  }

  /** How many rejections each {@link Rejection#cause() cause} had, the most frequent first. */
  public Map<String, Long> rejectionsByCause() {
    return byCause(rejections);
  }

  /**
   * How many of {@code rejections} each {@link Rejection#cause() cause} had, the most frequent
   * first (ties by cause).
   */
  public static Map<String, Long> byCause(List<Rejection> rejections) {
    Map<String, Long> counts = new TreeMap<>();
    rejections.forEach(r -> counts.merge(r.cause(), 1L, Long::sum));
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /**
   * "12 not a number; 3 negative fatality figure", the first {@code max} causes and how many more.
   */
  public static String describeCauses(Map<String, Long> byCause, int max) {
    StringBuilder s = new StringBuilder();
    byCause.entrySet().stream()
        .limit(max)
        .forEach(
            e ->
                s.append(s.length() == 0 ? "" : "; ")
                    .append(e.getValue())
                    .append(' ')
                    .append(e.getKey()));
    if (byCause.size() > max) {
      s.append("; and ").append(byCause.size() - max).append(" other causes");
    }
    return s.toString();
  }
}
