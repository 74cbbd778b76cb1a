package org.handover.engine.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How one assumption moves each policy's median deaths over the run, between its low and its high
 * end (every other assumption at its value), and whether it changes the policies' ranking: a bar of
 * the tornado chart.
 *
 * @param middle each policy's median deaths with every assumption at its value
 * @param atLow with this assumption at its low end
 * @param atHigh with it at its high end
 */
public record Sensitivity(
    Assumption assumption,
    List<String> policies,
    double[] middle,
    double[] atLow,
    double[] atHigh) {

  static Sensitivity of(
      Assumption a, List<Policy> policies, double[] middle, double[] low, double[] high) {
    return new Sensitivity(
        a, policies.stream().map(Policy::name).toList(), middle.clone(), low.clone(), high.clone());
  }

  /** The policies from fewest to most median deaths, under {@code medians}. */
  public static List<String> ranking(List<String> policies, double[] medians) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, medians.length).boxed().toList());
    order.sort(Comparator.comparingDouble((Integer i) -> medians[i]).thenComparing(i -> i));
    return order.stream().map(policies::get).toList();
  }

  public List<String> rankingAtLow() {
    return ranking(policies, atLow);
  }

  public List<String> rankingAtHigh() {
    return ranking(policies, atHigh);
  }

  public List<String> rankingInMiddle() {
    return ranking(policies, middle);
  }

  /** Whether the ranking at either end differs from the ranking with every value as stated. */
  public boolean changesRanking() {
    return !rankingAtLow().equals(rankingInMiddle()) || !rankingAtHigh().equals(rankingInMiddle());
  }

  /** The largest move of any policy's median between the two ends: the bar's length. */
  public double swing() {
    double s = 0;
    for (int i = 0; i < atLow.length; i++) {
      s = Math.max(s, Math.abs(atHigh[i] - atLow[i]));
    }
    return s;
  }
}
