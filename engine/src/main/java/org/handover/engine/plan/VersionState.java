package org.handover.engine.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one version of a plan stands: its status, who proposed it and when, and the signatures it
 * has collected. Changed only through {@link SignOff}.
 */
public record VersionState(
    PlanVersion version,
    PlanStatus status,
    Optional<String> proposedBy,
    Optional<Instant> proposedAt,
    List<PlanSignature> signatures) {
  public VersionState {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(proposedAt, "proposedAt");
    signatures = List.copyOf(signatures);
  }

  /** A version just saved: a draft with no signature. */
  public static VersionState draft(PlanVersion version) {
    return new VersionState(
        version, PlanStatus.DRAFT, Optional.empty(), Optional.empty(), List.of());
  }

  public int number() {
    return version.version();
  }

  /** The signature of {@code party} on this version, if it has one. */
  public Optional<PlanSignature> signatureOf(Party party) {
    return signatures.stream().filter(s -> s.party() == party).findFirst();
  }

  /** When the second party signed, if it has. */
  public Optional<Instant> agreedAt() {
    return status == PlanStatus.AGREED
        ? signatures.stream().map(PlanSignature::signedAt).max(Instant::compareTo)
        : Optional.empty();
  }
}
