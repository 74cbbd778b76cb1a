package org.handover.engine.derivation;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dated step rule for a 0/1 governance measure: a region's local civil authority counts as
 * functioning (1) from a given month on, and not (0) before. Every region uses {@code from} unless
 * {@code exceptions} names its own month (e.g. a region self-governing long before).
 *
 * @param reason why {@code from}, e.g. "provincial councils elected 30 Jan 2005"
 * @param exceptions region name -> its own first functioning month, with its reason
 */
public record GovernanceRule(YearMonth from, String reason, Map<String, RegionStart> exceptions) {
  /** A region's own first month, and why. */
  public record RegionStart(YearMonth from, String reason) {
    public RegionStart {
      Objects.requireNonNull(from, "from");
      reason = reason == null ? "" : reason;
    }
  }

  public GovernanceRule {
    Objects.requireNonNull(from, "from");
    reason = reason == null ? "" : reason;
    exceptions = Collections.unmodifiableSortedMap(new TreeMap<>(exceptions));
  }

  /** 1 when the region's authority functions in {@code month} under this rule, else 0. */
  public double value(String region, YearMonth month) {
    return month.isBefore(firstMonth(region)) ? 0.0 : 1.0;
  }

  YearMonth firstMonth(String region) {
    RegionStart e = exceptions.get(region);
    return e == null ? from : e.from();
  }

  /**
   * "1 from 2005-02 (provincial councils elected ...)": the rule as it applies to {@code region}.
   */
  public String describe(String region) {
    RegionStart e = exceptions.get(region);
    YearMonth first = e == null ? from : e.from();
    String why = e == null ? reason : e.reason();
    return "0 before " + first + ", 1 from " + first + (why.isEmpty() ? "" : " (" + why + ")");
  }
}
