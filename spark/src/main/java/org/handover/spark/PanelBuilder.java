package org.handover.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.io.panel.PanelVocabulary;

/**
 * Lays region-month cells into the engine's {@link Panel} for some of the theater's regions: each
 * regional series starts as the job's spec says (events 0 where covered, else no data), a cell
 * overwrites its value; the event attributes are set when the indicators filter event series; the
 * regional and national series, then the population and area attributes, are added in the order the
 * store's loader adds them (the order the panel's provenance lists them in). The one way the job
 * builds a panel, for a block on an executor and for the whole theater on the driver; serializable
 * with its values, so the very panel the driver built can be shipped to executors.
 */
final class PanelBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final JobSpec spec;
  private final int[] members;
  private final Map<String, Integer> local = new HashMap<>();
  private final Map<String, double[][]> values = new LinkedHashMap<>();

  /**
   * @param members the regions' indices in the theater, ascending
   */
  PanelBuilder(JobSpec spec, int[] members) {
    this.spec = spec;
    this.members = members.clone();
    for (int i = 0; i < members.length; i++) {
      local.put(spec.regions[members[i]], i);
    }
    for (JobSpec.Series v : spec.regional) {
      double[][] grid = new double[members.length][];
      for (int r = 0; r < grid.length; r++) {
        grid[r] = Arrays.copyOf(v.values(), v.values().length);
      }
      values.put(v.name(), grid);
    }
  }

  JobSpec spec() {
    return spec;
  }

  /** All of the theater's regions. */
  static PanelBuilder whole(JobSpec spec) {
    int[] all = new int[spec.regions.length];
    Arrays.setAll(all, i -> i);
    return new PanelBuilder(spec, all);
  }

  /**
   * The value of {@code variable} in {@code region} at month offset {@code m} (null: no data). A
   * region or variable the panel does not hold is ignored: a block's cells may name halo regions of
   * other blocks, and the measurements table variables the panel does not keep.
   */
  void add(String region, String variable, int m, Double value) {
    double[][] grid = values.get(variable);
    Integer r = local.get(region);
    if (grid != null && r != null) {
      grid[r][m] = value == null ? Double.NaN : value;
    }
  }

  /** The panel of the cells added so far (the builder keeps its values). */
  Panel build() {
    Theater theater = spec.theater(members);
    Panel panel = Panel.empty(theater, spec.months());
    if (spec.eventAttributes().isPresent()) {
      panel = panel.withEventAttributes(spec.eventAttributes().get());
    }
    Map<String, JobSpec.Series> national = new HashMap<>();
    spec.national.forEach(v -> national.put(v.name(), v));
    Map<String, JobSpec.Series> regional = new HashMap<>();
    spec.regional.forEach(v -> regional.put(v.name(), v));
    for (String name : spec.order) {
      JobSpec.Series v = regional.get(name);
      panel =
          v != null
              ? panel.with(v.variable(), values.get(name))
              : panel.withNational(national.get(name).variable(), national.get(name).values());
    }
    panel =
        panel.withAttribute(
            PanelVocabulary.population(),
            theater.regions().stream().mapToDouble(Region::population).toArray());
    if (spec.area != null) {
      double[] area = new double[members.length];
      for (int i = 0; i < members.length; i++) {
        area[i] = spec.area[members[i]];
      }
      panel = panel.withAttribute(PanelVocabulary.area(), area);
    }
    return panel;
  }
}
