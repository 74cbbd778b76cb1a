package org.handover.engine.forecast.evaluation;

import java.util.List;

/**
 * The outcome of a {@link Backtest}: scores per forecaster and horizon, the model's skill, the
 * model's fit at every origin, and scores per forecaster and region (over all horizons).
 */
public record BacktestResult(
    String variable,
    BacktestOptions options,
    List<HorizonScore> scores,
    Skill skill,
    List<OriginFit> fits,
    List<RegionScore> regionScores) {
  public BacktestResult {
    scores = List.copyOf(scores);
    fits = List.copyOf(fits);
    regionScores = List.copyOf(regionScores);
  }

  public HorizonScore score(String model, int horizon) {
    return scores.stream()
        .filter(s -> s.model().equals(model) && s.horizon() == horizon)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no score for " + model + " at horizon " + horizon));
  }

  /** The model's skill against a subset of the baselines (e.g. only the required ones). */
  public Skill skillAgainst(List<String> baselines) {
    return Skill.of(skill.model(), scores, baselines);
  }
}
