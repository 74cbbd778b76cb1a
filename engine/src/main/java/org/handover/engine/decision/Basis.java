package org.handover.engine.decision;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The assessment a decision was based on: which benchmark set (name, version, hash) as of which
 * month.
 */
public record Basis(String benchmarkSet, String version, String sha256, YearMonth asOf) {
  public Basis {
    Objects.requireNonNull(benchmarkSet, "benchmarkSet");
    Objects.requireNonNull(version, "version");
    sha256 = sha256 == null ? "" : sha256;
    Objects.requireNonNull(asOf, "asOf");
  }

  public static Basis of(String benchmarkSet, String version, String sha256, YearMonth asOf) {
    return new Basis(benchmarkSet, version, sha256, asOf);
  }
}
