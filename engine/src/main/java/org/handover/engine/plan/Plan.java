package org.handover.engine.plan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.HandoverException;

/**
 * A named plan: its versions in order, 1 first, each with its status and signatures. The last
 * version is the current one; only it can be proposed or signed. The signatures of an earlier
 * version that was not agreed are void. The agreed version in force is the latest agreed one.
 */
public record Plan(String name, List<VersionState> versions) {
  public Plan {
    PlanVersion.requireName(name);
    versions = List.copyOf(versions);
    for (int i = 0; i < versions.size(); i++) {
      VersionState v = versions.get(i);
      if (!v.version().plan().equals(name) || v.number() != i + 1) {
        throw new IllegalArgumentException(
            "plan "
                + name
                + ": version "
                + (i + 1)
                + " is "
                + v.version().plan()
                + " "
                + v.number());
      }
    }
  }

  /** A plan with no version yet. */
  public static Plan named(String name) {
    return new Plan(name, List.of());
  }

  public boolean isEmpty() {
    return versions.isEmpty();
  }

  /**
   * The latest version.
   *
   * @throws HandoverException if the plan has none
   */
  public VersionState current() {
    if (versions.isEmpty()) {
      throw new HandoverException("plan " + name + " has no version yet");
    }
    return versions.get(versions.size() - 1);
  }

  /**
   * Version {@code number}.
   *
   * @throws HandoverException naming the versions there are, if it has no such version
   */
  public VersionState version(int number) {
    if (number < 1 || number > versions.size()) {
      throw new HandoverException(
          "plan "
              + name
              + " has no version "
              + number
              + (versions.isEmpty()
                  ? " (it has none yet)"
                  : " (it has versions 1 to " + versions.size() + ")"));
    }
    return versions.get(number - 1);
  }

  /** The agreed version in force: the latest agreed one, if any. */
  public Optional<VersionState> inForce() {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).status() == PlanStatus.AGREED) {
        return Optional.of(versions.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether version {@code number}'s signatures count: it is current, or it was agreed. */
  public boolean signaturesValid(int number) {
    VersionState v = version(number);
    return v.status() == PlanStatus.AGREED || number == versions.size();
  }

  /**
   * How version {@code number} stands in words, e.g. "PROPOSED, superseded by version 3 (its
   * signatures are void)" or "AGREED, in force".
   */
  public String describe(int number) {
    VersionState v = version(number);
    StringBuilder s = new StringBuilder(v.status().name());
    boolean current = number == versions.size();
    if (v.status() == PlanStatus.AGREED) {
      Optional<VersionState> force = inForce();
      if (force.isPresent() && force.get().number() == number) {
        s.append(", in force");
        if (!current) {
          s.append(" (version ").append(versions.size()).append(" is a later ");
          s.append(current().status().name().toLowerCase(Locale.ROOT)).append(')');
        }
      } else {
        s.append(", superseded by the agreement of version ")
            .append(force.map(VersionState::number).orElse(0));
      }
    } else if (!current) {
      s.append(", superseded by version ").append(versions.size());
      if (!v.signatures().isEmpty()) {
        s.append(" (its signatures are void)");
      }
    }
    return s.toString();
  }

  Plan withVersions(List<VersionState> changed) {
    return new Plan(name, Objects.requireNonNull(changed));
  }
}
