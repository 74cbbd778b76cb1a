package org.handover.engine.scenario;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of a {@link Policy}. Posture rules say how the foreign posture changes; decision rules
 * say when regions are transferred, acting through simulated decisions in the ledger. A policy with
 * no rules holds the posture where it stands (status quo).
 */
public sealed interface PolicyRule {
  /** What the rule says, for outputs. */
  String describe();

  /**
   * Withdraws the troops of {@code roles} (of every nation unless {@code nations} names some) in
   * equal monthly steps over the months {@code from}..{@code by}: none are left from {@code by} on.
   * Roles in {@code keep} are never touched by this rule (stated to make it readable).
   */
  record Withdraw(PolicyTime from, PolicyTime by, Set<Role> roles, Set<String> nations)
      implements PolicyRule {
    public Withdraw {
      roles = Set.copyOf(roles);
      nations = Set.copyOf(nations);
    }

    @Override
    public String describe() {
      return "withdraw "
          + Rules.roles(roles)
          + (nations.isEmpty() ? "" : " of " + Rules.sorted(nations))
          + " from "
          + from
          + ", none left from "
          + by;
    }
  }

  /**
   * When the recommendation (relative to the decided status) is for {@code stage} or higher, the
   * region is decided to {@code stage}, effective {@code lagMonths} later (at least 1: a decision
   * acts on what was known before it), not before {@code notBefore}, at most {@code maxPerMonth}
   * regions taking effect in one month (0: no limit).
   */
  record TransferWhenRecommended(
      String stage, int lagMonths, Optional<PolicyTime> notBefore, int maxPerMonth)
      implements PolicyRule {
    public TransferWhenRecommended {
      if (lagMonths < 1) {
        throw new IllegalArgumentException("a transfer takes effect at least 1 month later");
      }
      if (maxPerMonth < 0) {
        throw new IllegalArgumentException("max_per_month must be 0 or more");
      }
    }

    @Override
    public String describe() {
      return "transfer a region to "
          + stage
          + " "
          + lagMonths
          + " month(s) after it is recommended"
          + notBefore.map(t -> ", not before " + t).orElse("")
          + (maxPerMonth > 0 ? ", at most " + maxPerMonth + " a month" : "");
    }
  }

  /**
   * After a region is transferred by this policy, withdraw its troops of {@code withdraw} over
   * {@code withinMonths} months; {@code keep} are the roles that stay (stated, and kept).
   */
  record OnTransfer(Set<Role> withdraw, int withinMonths, Set<Role> keep) implements PolicyRule {
    public OnTransfer {
      withdraw = Set.copyOf(withdraw);
      keep = Set.copyOf(keep);
      if (withinMonths < 1) {
        throw new IllegalArgumentException("within_months must be at least 1");
      }
      for (Role r : withdraw) {
        if (keep.contains(r)) {
          throw new IllegalArgumentException(
              "role " + r.key() + " cannot be both withdrawn and kept");
        }
      }
    }

    @Override
    public String describe() {
      return "on each transfer, withdraw the region's "
          + Rules.roles(withdraw)
          + " within "
          + withinMonths
          + " month(s)"
          + (keep.isEmpty() ? "" : ", keep " + Rules.roles(keep));
    }
  }

  /** Every region not yet at {@code stage} is decided to it at {@code at}. */
  record TransferAll(String stage, PolicyTime at) implements PolicyRule {
    @Override
    public String describe() {
      return "transfer every region to " + stage + " at " + at;
    }
  }

  /** The real decisions of the ledger after the start are the policy's decisions (as happened). */
  record ReplayDecisions() implements PolicyRule {
    @Override
    public String describe() {
      return "the recorded decisions, as they were taken";
    }
  }

  /**
   * Each nation's troops follow its recorded national series (as happened), in proportion to its
   * troops at the start; the last record is carried forward.
   */
  record FollowRecorded() implements PolicyRule {
    @Override
    public String describe() {
      return "each nation's troops as recorded";
    }
  }

  /**
   * The share of foreign troops from nations other than {@code leadNation} rises (never falls)
   * linearly to {@code share} over the months {@code from}..{@code by}, the total unchanged: the
   * others' troops grow, the lead nation's shrink.
   */
  record ShareBurden(PolicyTime from, PolicyTime by, String leadNation, double share)
      implements PolicyRule {
    public ShareBurden {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("a share is between 0 and 1, not " + share);
      }
    }

    @Override
    public String describe() {
      return "raise the share of nations other than "
          + leadNation
          + " to "
          + Rules.percent(share)
          + " from "
          + from
          + " to "
          + by;
    }
  }

  /** Multiplies every trainer's throughput by {@code factor} from {@code from}. */
  record TrainingThroughput(PolicyTime from, double factor) implements PolicyRule {
    public TrainingThroughput {
      if (!(factor >= 0 && factor <= 100)) {
        throw new IllegalArgumentException("a throughput factor is between 0 and 100");
      }
    }

    @Override
    public String describe() {
      return "multiply training throughput by " + Rules.number(factor) + " from " + from;
    }
  }

  /**
   * Adds {@code troops} of {@code nation} in {@code role}, in equal monthly steps over {@code
   * from}..{@code by}, spread over regions as the starting posture is.
   */
  record AddTroops(PolicyTime from, PolicyTime by, String nation, Role role, double troops)
      implements PolicyRule {
    public AddTroops {
      if (!(troops >= 0)) {
        throw new IllegalArgumentException("troops added must be 0 or more");
      }
    }

    @Override
    public String describe() {
      return "add "
          + Rules.number(troops)
          + " "
          + nation
          + " troops in "
          + role.key()
          + " from "
          + from
          + " to "
          + by;
    }
  }

  /** No more than {@code troops} of {@code nation} (every nation: empty) from {@code from} on. */
  record Ceiling(Optional<String> nation, PolicyTime from, double troops) implements PolicyRule {
    public Ceiling {
      if (!(troops >= 0)) {
        throw new IllegalArgumentException("a ceiling must be 0 or more");
      }
    }

    @Override
    public String describe() {
      return "at most "
          + Rules.number(troops)
          + " troops"
          + nation.map(n -> " of " + n).orElse(" in all")
          + " from "
          + from;
    }
  }

  /** Every role, for rules that name {@code all}. */
  static Set<Role> allRoles() {
    return EnumSet.allOf(Role.class);
  }
}
