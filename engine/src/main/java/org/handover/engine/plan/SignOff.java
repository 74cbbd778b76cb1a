package org.handover.engine.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handover.engine.HandoverException;

/**
 * The sign-off rules of a plan, in one place. A plan is agreed only when a signatory of each party
 * ({@link Party#HOST} and {@link Party#PARTNER}) has signed the same version with its content hash.
 *
 * <ul>
 *   <li>Saving new content makes a new draft version after the current one; the earlier versions'
 *       signatures are void unless they were agreed. Saving the current content again changes
 *       nothing.
 *   <li>Only the current version can be proposed or signed ({@link
 *       SignOffRule#CURRENT_VERSION_ONLY}); a draft must be proposed before it is signed ({@link
 *       SignOffRule#PROPOSE_BEFORE_SIGNING}); an agreed version is final ({@link
 *       SignOffRule#AGREED_IS_FINAL}); the hash a signatory confirms must be the version's ({@link
 *       SignOffRule#CONTENT_MUST_MATCH}).
 *   <li>A party signs once ({@link SignOffRule#ONE_SIGNATURE_PER_PARTY}): the same signatory
 *       signing again is a no-op (so a script can be rerun), another signatory of the same party is
 *       refused. Proposing a version already proposed is a no-op too.
 * </ul>
 *
 * Every method returns a new {@link Plan}; the one given is unchanged.
 */
public final class SignOff {
  /** A hash given to confirm a signature is at least this many hex digits (as plan show prints). */
  public static final int MIN_HASH_PREFIX = 12;

  private SignOff() {}

  /** The plan after a save: the version saved, or the current one when the content is the same. */
  public record Saved(Plan plan, VersionState version, boolean unchanged) {}

  /** The plan after a proposal. */
  public record Proposal(Plan plan, VersionState version, boolean alreadyProposed) {}

  /**
   * The plan after a signature: whether it was already there, and whether the version is agreed.
   */
  public record Signing(
      Plan plan,
      VersionState version,
      PlanSignature signature,
      boolean alreadySigned,
      boolean agreed) {}

  /**
   * Saves {@code transitions} and {@code document} as the next version (a draft), unless the
   * current version has the same content.
   */
  public static Saved save(
      Plan plan,
      List<PlannedTransition> transitions,
      String document,
      String createdBy,
      Instant createdAt,
      String provenance) {
    String hash = PlanVersion.contentHash(transitions, document);
    if (!plan.isEmpty() && plan.current().version().sha256().equals(hash)) {
      return new Saved(plan, plan.current(), true);
    }
    PlanVersion next =
        PlanVersion.of(
            plan.name(),
            plan.versions().size() + 1,
            transitions,
            document,
            createdBy,
            createdAt,
            provenance);
    VersionState draft = VersionState.draft(next);
    List<VersionState> versions = new ArrayList<>(plan.versions());
    versions.add(draft);
    return new Saved(plan.withVersions(versions), draft, false);
  }

  /** Puts version {@code number} to both parties for signature. */
  public static Proposal propose(Plan plan, int number, String by, Instant at) {
    if (by == null || by.isBlank()) {
      throw new HandoverException("a proposal needs the name of who proposes it");
    }
    VersionState v = plan.version(number);
    String what = "propose plan " + plan.name() + " version " + number;
    requireCurrent(plan, v, what);
    requireNotAgreed(v, what);
    if (v.status() == PlanStatus.PROPOSED) {
      return new Proposal(plan, v, true);
    }
    VersionState proposed =
        new VersionState(
            v.version(),
            PlanStatus.PROPOSED,
            Optional.of(by.strip()),
            Optional.of(at),
            v.signatures());
    return new Proposal(replace(plan, proposed), proposed, false);
  }

  /**
   * Signs version {@code number} for {@code party}. {@code confirmedHash}, when given, is the hash
   * (or its first {@value #MIN_HASH_PREFIX} or more hex digits) of the content the signatory read.
   */
  public static Signing sign(
      Plan plan,
      int number,
      Party party,
      String signatory,
      Optional<String> confirmedHash,
      Instant at) {
    VersionState v = plan.version(number);
    String what = "sign plan " + plan.name() + " version " + number + " for " + party(party);
    requireCurrent(plan, v, what);
    requireNotAgreed(v, what);
    if (v.status() == PlanStatus.DRAFT) {
      throw new SignOffException(
          SignOffRule.PROPOSE_BEFORE_SIGNING,
          "cannot "
              + what
              + ": it is a draft, not proposed; propose it first (handover plan propose "
              + plan.name()
              + " --version "
              + number
              + " --by WHO)");
    }
    String hash = v.version().sha256();
    if (confirmedHash.isPresent()) {
      String given = confirmedHash.get().strip().toLowerCase(Locale.ROOT);
      if (given.length() < MIN_HASH_PREFIX || !hash.startsWith(given)) {
        throw new SignOffException(
            SignOffRule.CONTENT_MUST_MATCH,
            "cannot "
                + what
                + ": the hash confirmed, "
                + confirmedHash.get().strip()
                + ", is not the version's content hash "
                + hash
                + (given.length() < MIN_HASH_PREFIX && hash.startsWith(given)
                    ? " (give at least " + MIN_HASH_PREFIX + " hex digits)"
                    : "; read the version again (handover plan show "
                        + plan.name()
                        + " --version "
                        + number
                        + ")"));
      }
    }
    PlanSignature signature = PlanSignature.of(party, signatory, number, hash, at);
    Optional<PlanSignature> earlier = v.signatureOf(party);
    if (earlier.isPresent()) {
      if (earlier.get().signatory().equals(signature.signatory())) {
        return new Signing(plan, v, earlier.get(), true, false);
      }
      throw new SignOffException(
          SignOffRule.ONE_SIGNATURE_PER_PARTY,
          "cannot "
              + what
              + " by "
              + signature.signatory()
              + ": "
              + earlier.get().signatory()
              + " has already signed it for "
              + party(party));
    }
    List<PlanSignature> signatures = new ArrayList<>(v.signatures());
    signatures.add(signature);
    boolean agreed =
        signatures.stream().map(PlanSignature::party).distinct().count() == Party.values().length;
    VersionState signed =
        new VersionState(
            v.version(),
            agreed ? PlanStatus.AGREED : v.status(),
            v.proposedBy(),
            v.proposedAt(),
            signatures);
    return new Signing(replace(plan, signed), signed, signature, false, agreed);
  }

  /** {@code what} names the refused act, e.g. "sign plan pic version 1 for host". */
  /** {@code what} names the act refused, e.g. "sign plan pic version 1 for host". */
  private static void requireCurrent(Plan plan, VersionState v, String what) {
    VersionState current = plan.current();
    if (v.number() != current.number()) {
      throw new SignOffException(
          SignOffRule.CURRENT_VERSION_ONLY,
          "cannot "
              + what
              + ": version "
              + v.number()
              + " is superseded; the current version is "
              + current.number()
              + " ("
              + current.status().name()
              + ", sha256 "
              + current.version().shortHash()
              + ")");
    }
  }

  private static void requireNotAgreed(VersionState v, String what) {
    if (v.status() == PlanStatus.AGREED) {
      throw new SignOffException(
          SignOffRule.AGREED_IS_FINAL,
          "cannot "
              + what
              + ": it is already agreed ("
              + String.join(
                  ", ",
                  v.signatures().stream()
                      .map(s -> s.signatory() + " for " + party(s.party()))
                      .toList())
              + "); to change it, save a new version");
    }
  }

  private static Plan replace(Plan plan, VersionState changed) {
    List<VersionState> versions = new ArrayList<>(plan.versions());
    versions.set(changed.number() - 1, changed);
    return plan.withVersions(versions);
  }

  /** A party as the command line names it. */
  public static String party(Party party) {
    return party.name().toLowerCase(Locale.ROOT);
  }
}
