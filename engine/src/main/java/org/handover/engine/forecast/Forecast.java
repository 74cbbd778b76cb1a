package org.handover.engine.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * The predictive distribution of one variable for every region over the months after an origin, as
 * sample paths, with what it came from.
 *
 * @param months the forecast months: step {@code s} is {@code months.monthAt(s)}
 * @param history the months the model saw (all before {@code months.first()})
 * @param seed the seed the paths were drawn with: same inputs and seed give the same paths
 */
public record Forecast(
    String modelName,
    List<Parameter> parameters,
    String variable,
    List<RegionId> regions,
    MonthRange history,
    MonthRange months,
    long seed,
    boolean probabilistic,
    SamplePaths paths) {

  /** Sample paths drawn when the caller does not say. */
  public static final int DEFAULT_PATHS = 1000;

  /** Quantile levels every forecast table shows. */
  public static final double[] STANDARD_LEVELS = {0.1, 0.5, 0.9};

  public Forecast {
    Objects.requireNonNull(modelName, "modelName");
    parameters = List.copyOf(parameters);
    regions = List.copyOf(regions);
    Objects.requireNonNull(paths, "paths");
    if (paths.regionCount() != regions.size() || paths.steps() != months.length()) {
      throw new IllegalArgumentException(
          "sample paths are "
              + paths.regionCount()
              + " regions × "
              + paths.steps()
              + " steps, expected "
              + regions.size()
              + " × "
              + months.length());
    }
  }

  static Forecast of(FittedModel model, History from, SamplePaths paths, long seed) {
    return new Forecast(
        model.modelName(),
        model.parameters(),
        from.variable(),
        from.regions(),
        from.months(),
        from.forecastMonths(paths.steps()),
        seed,
        model.probabilistic(),
        paths);
  }

  public YearMonth origin() {
    return months.first();
  }

  public int horizon() {
    return months.length();
  }

  /**
   * The {@code level} quantile of region {@code region} at step {@code step} (0 = origin month).
   */
  public double quantile(int region, int step, double level) {
    return Quantiles.ofSorted(paths.sortedSamples(region, step), level);
  }

  /** Quantiles {@code [region][step][level]} for the given levels; monotone in the level. */
  public double[][][] quantiles(double... levels) {
    double[][][] out = new double[regions.size()][months.length()][levels.length];
    for (int r = 0; r < out.length; r++) {
      for (int s = 0; s < out[r].length; s++) {
        double[] sorted = paths.sortedSamples(r, s);
        for (int q = 0; q < levels.length; q++) {
          out[r][s][q] = Quantiles.ofSorted(sorted, levels[q]);
        }
      }
    }
    return out;
  }

  /** Mean of the draws for one region and step. */
  public double mean(int region, int step) {
    double sum = 0;
    int n = paths.pathCount();
    for (int p = 0; p < n; p++) {
      sum += paths.value(p, region, step);
    }
    return sum / n;
  }

  /**
   * The forecast's provenance: the seed, and notes on the model, its parameters, the origin and,
   * when draws are capped, how many sit at each region's cap.
   */
  public Provenance provenance(Provenance base) {
    // Per-region parameters can run to thousands: name the shared ones, count the rest.
    String params =
        parameters.stream()
            .filter(p -> !p.name().contains(".region."))
            .map(p -> p.name() + "=" + String.format(Locale.ROOT, "%.6g", p.estimate()))
            .collect(Collectors.joining(", "));
    long perRegion = parameters.stream().filter(p -> p.name().contains(".region.")).count();
    if (perRegion > 0) {
      params += ", and " + perRegion + " region dispersion offsets";
    }
    Provenance p = base.withSeed(seed);
    String capped = cappedDraws();
    if (!capped.isEmpty()) {
      p = p.withNote("forecast draws capped", capped);
    }
    return p.withNote("forecast model", modelName + (params.isEmpty() ? "" : " (" + params + ")"))
        .withNote(
            "forecast origin",
            origin()
                + ", fitted on "
                + variable
                + " "
                + history
                + ", "
                + paths.pathCount()
                + " sample paths");
  }

  /**
   * How many draws sit at their region's cap, e.g. "12 of 216000 draws, in 1 of 18 regions: Dohuk
   * 12 of 12000 (cap 20)"; empty when no region is capped.
   */
  public String cappedDraws() {
    int cappedRegions = 0;
    int hit = 0;
    int total = 0;
    int draws = 0;
    StringBuilder which = new StringBuilder();
    for (int r = 0; r < regions.size(); r++) {
      if (paths.ceiling(r) == Double.POSITIVE_INFINITY) {
        continue;
      }
      cappedRegions++;
      draws += paths.steps() * paths.pathCount();
      int n = paths.cappedDraws(r);
      if (n > 0) {
        hit++;
        total += n;
        which
            .append(which.length() == 0 ? ": " : ", ")
            .append(regions.get(r).name())
            .append(' ')
            .append(n)
            .append(" of ")
            .append(paths.steps() * paths.pathCount())
            .append(" (cap ")
            .append(String.format(Locale.ROOT, "%.0f", paths.ceiling(r)))
            .append(')');
      }
    }
    if (cappedRegions == 0) {
      return "";
    }
    return total
        + " of "
        + draws
        + " draws at their region's cap, in "
        + hit
        + " of "
        + cappedRegions
        + " regions (a draw is capped at a multiple of 1 + the region's largest month before the"
        + " origin)"
        + which;
  }
}
