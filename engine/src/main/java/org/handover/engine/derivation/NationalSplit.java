package org.handover.engine.derivation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Illustrative per-region inputs derived from real national series, for theaters where no public
 * source gives them per region: a national figure split by population share, and a dated governance
 * rule. The results are not observations and must be labelled illustrative.
 */
public final class NationalSplit {
  /**
   * One national figure: its month, value and the note that says what it measures and where it is
   * from.
   */
  public record Snapshot(YearMonth month, double value, String note) {
    public Snapshot {
      Objects.requireNonNull(month, "month");
      note = note == null ? "" : note;
    }
  }

  private NationalSplit() {}

  /**
   * Each snapshot of {@code measure} split over the regions by population share (whole units that
   * add up to the national figure), one value per region and snapshot month: no months are added.
   *
   * @param populations region name -> residents; the shares are taken as constant over time
   * @param populationSource what the populations are (e.g. "COSIT 2010 projection"), for the notes
   */
  public static List<DerivedValue> byPopulationShare(
      String measure,
      List<Snapshot> snapshots,
      SortedMap<String, Double> populations,
      String populationSource) {
    List<String> regions = List.copyOf(populations.keySet());
    double[] pop = populations.values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] shares = PopulationShare.shares(pop);
    List<DerivedValue> out = new ArrayList<>();
    for (Snapshot s : snapshots) {
      if (s.value() != Math.rint(s.value()) || s.value() < 0) {
        throw new IllegalArgumentException(
            measure
                + " "
                + s.month()
                + ": a population-share split needs a whole, non-negative "
                + "national figure, not "
                + s.value());
      }
      long[] split = PopulationShare.split((long) s.value(), pop);
      for (int i = 0; i < regions.size(); i++) {
        out.add(
            new DerivedValue(
                measure,
                regions.get(i),
                s.month(),
                split[i],
                String.format(
                    Locale.ROOT,
                    "illustrative: national %s %d x population share %.4f of %s (%s), rounded so regions sum to the national figure; "
                        + "national: %s",
                    measure,
                    (long) s.value(),
                    shares[i],
                    regions.get(i),
                    populationSource,
                    s.note())));
      }
    }
    return out;
  }

  /** The governance rule's value for every region and every month of {@code first..last}. */
  public static List<DerivedValue> governance(
      String measure, GovernanceRule rule, List<String> regions, YearMonth first, YearMonth last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "governance months end (" + last + ") before they start (" + first + ")");
    }
    List<DerivedValue> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      for (String region : regions) {
        out.add(
            new DerivedValue(
                measure,
                region,
                m,
                rule.value(region, m),
                "illustrative: dated rule, " + rule.describe(region)));
      }
    }
    return out;
  }
}
