package org.handover.io.store;

/** What the store remembers about a theater beyond its data, written when a manifest loads it. */
public enum TheaterSetting {
  /** The benchmark set the theater's manifest names, as an absolute path. */
  BENCHMARK_SET("benchmark_set"),
  /** The first month forecast models may learn from (YYYY-MM). */
  FORECAST_FIT_FROM("forecast_fit_from"),
  /**
   * The regular grid whose cells are the theater's regions ({@link GridSetting}), written by a
   * regions import with the {@code grid} option and removed by one from polygons.
   */
  GRID("grid");

  private final String key;

  TheaterSetting(String key) {
    this.key = key;
  }

  /** The key in the theater_settings table. */
  String key() {
    return key;
  }
}
