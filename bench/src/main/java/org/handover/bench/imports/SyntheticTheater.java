package org.handover.bench.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An illustrative theater for benchmarks: {@code side x side} square regions of {@value #CELL}
 * degrees on a grid, with made-up pronounceable names. Deterministic for a given seed.
 */
public record SyntheticTheater(List<String> names, int side, double west, double south) {
  public static final double CELL = 0.5;
  private static final String[] SYLLABLES = {
    "ka", "lo", "ma", "ri", "sa", "ten", "bu", "dor", "el", "fa", "gi", "han", "ir", "jo", "ku",
    "lan", "mer", "no", "pa", "qu", "ru", "shi", "ta", "ur", "va", "wen", "ya", "zo"
  };

  public static SyntheticTheater of(int side, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LinkedHashSet<String> names = new LinkedHashSet<>();
    while (names.size() < side * side) {
      StringBuilder s = new StringBuilder();
      int n = 2 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      names.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
    return new SyntheticTheater(List.copyOf(names), side, 30.0, 0.0);
  }

  public int size() {
    return names.size();
  }

  /** The cell of region {@code i} as a GeoJSON polygon (longitude, latitude). */
  public String geometry(int i) {
    double x0 = west + (i % side) * CELL;
    double y0 = south + (i / side) * CELL;
    double x1 = x0 + CELL;
    double y1 = y0 + CELL;
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
        x0,
        y0,
        x1,
        y0,
        x1,
        y1,
        x0,
        y1,
        x0,
        y0);
  }

  /** A point strictly inside region {@code i}. */
  public double[] pointIn(int i, SplittableRandom random) {
    double lon = west + (i % side) * CELL + CELL * (0.05 + 0.9 * random.nextDouble());
    double lat = south + (i / side) * CELL + CELL * (0.05 + 0.9 * random.nextDouble());
    return new double[] {Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4};
  }

  public List<String> regionList() {
    return new ArrayList<>(names);
  }
}
