package org.handover.engine.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy to compare: rules over time and over Handover's own recommendations, with the proposal
 * it encodes quoted, so that a reader can check the encoding against the source.
 *
 * @param name stable key ({@code benchmarks-2006})
 * @param source the document it encodes, with its date
 * @param quote the passage the rules encode (empty for policies of Handover's own, like status quo)
 */
public record Policy(
    String name, String title, String source, Optional<String> quote, List<PolicyRule> rules) {

  public Policy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quote, "quote");
    rules = List.copyOf(rules);
  }

  /** The rules of kind {@code type}, in order. */
  public <R extends PolicyRule> List<R> rules(Class<R> type) {
    return rules.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Whether its decisions depend on the recommendations (then each path is iterated). */
  boolean followsRecommendations() {
    return !rules(PolicyRule.TransferWhenRecommended.class).isEmpty();
  }
}
