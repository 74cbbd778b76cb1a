package org.handover.engine.forecast.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much better a model's CRPS is than the naive baselines.
 *
 * @param perHorizon reduction {@code 1 - CRPS(model)/CRPS(best baseline at that horizon)}, and
 *     which baseline was best
 * @param meanReduction the per-horizon reductions averaged over horizons: the headline figure
 * @param meanReductionVs the same against each baseline separately
 */
public record Skill(
    String model,
    List<HorizonSkill> perHorizon,
    double meanReduction,
    Map<String, Double> meanReductionVs) {

  public Skill {
    perHorizon = List.copyOf(perHorizon);
    meanReductionVs = Collections.unmodifiableMap(new LinkedHashMap<>(meanReductionVs));
  }

  /**
   * The skill of {@code model} in {@code scores} against the forecasters named in {@code
   * baselines}.
   */
  public static Skill of(String model, List<HorizonScore> scores, List<String> baselines) {
    List<HorizonSkill> per = new ArrayList<>();
    Map<String, Double> vs = new LinkedHashMap<>();
    baselines.forEach(b -> vs.put(b, 0.0));
    int maxH = scores.stream().mapToInt(HorizonScore::horizon).max().orElse(0);
    int horizons = 0;
    for (int h = 1; h <= maxH; h++) {
      final int hh = h;
      Optional<HorizonScore> m =
          scores.stream().filter(s -> s.model().equals(model) && s.horizon() == hh).findFirst();
      List<HorizonScore> base =
          scores.stream().filter(s -> baselines.contains(s.model()) && s.horizon() == hh).toList();
      if (m.isEmpty() || base.size() != baselines.size()) {
        continue;
      }
      horizons++;
      double modelCrps = m.get().crps();
      HorizonScore best =
          base.stream().min((a, b) -> Double.compare(a.crps(), b.crps())).orElseThrow();
      per.add(
          new HorizonSkill(h, best.model(), best.crps(), modelCrps, 1 - modelCrps / best.crps()));
      base.forEach(s -> vs.merge(s.model(), 1 - modelCrps / s.crps(), Double::sum));
    }
    int n = horizons;
    vs.replaceAll((k, v) -> n == 0 ? Double.NaN : v / n);
    double mean = per.stream().mapToDouble(HorizonSkill::reduction).average().orElse(Double.NaN);
    return new Skill(model, per, mean, vs);
  }

  public record HorizonSkill(
      int horizon,
      String bestBaseline,
      double bestBaselineCrps,
      double modelCrps,
      double reduction) {}
}
