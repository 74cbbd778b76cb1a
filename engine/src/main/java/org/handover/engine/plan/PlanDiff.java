package org.handover.engine.plan;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the transitions of two versions of a plan differ. A transition is the same across versions
 * when it moves the same region between the same two stages; it has <em>moved</em> when its month
 * or tranche differs, is <em>added</em> when only the second version has it and <em>removed</em>
 * when only the first has it.
 */
public record PlanDiff(PlanVersion from, PlanVersion to, List<Change> changes, int unchanged) {
  /** What happened to one transition. */
  public enum Kind {
    MOVED,
    ADDED,
    REMOVED
  }

  /**
   * One changed transition: {@code before} is empty when added, {@code after} when removed.
   *
   * @param months how many months later (negative: earlier) a moved transition falls
   */
  public record Change(
      Kind kind,
      Optional<PlannedTransition> before,
      Optional<PlannedTransition> after,
      long months) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /** The transition as it stands in the later version, else as it stood. */
    public PlannedTransition transition() {
      return after.orElseGet(before::orElseThrow);
    }
  }

  public PlanDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    changes = List.copyOf(changes);
  }

  /** The changes from {@code from} to {@code to}, in {@code to}'s order, then the removed ones. */
  public static PlanDiff of(PlanVersion from, PlanVersion to) {
    Map<List<Object>, PlannedTransition> before = new LinkedHashMap<>();
    for (PlannedTransition t : from.transitions()) {
      before.put(PlanVersion.key(t), t);
    }
    List<Change> changes = new ArrayList<>();
    int unchanged = 0;
    for (PlannedTransition t : to.transitions()) {
      PlannedTransition was = before.remove(PlanVersion.key(t));
      if (was == null) {
        changes.add(new Change(Kind.ADDED, Optional.empty(), Optional.of(t), 0));
      } else if (was.equals(t)) {
        unchanged++;
      } else {
        changes.add(
            new Change(
                Kind.MOVED,
                Optional.of(was),
                Optional.of(t),
                was.month().until(t.month(), ChronoUnit.MONTHS)));
      }
    }
    for (PlannedTransition was : before.values()) {
      changes.add(new Change(Kind.REMOVED, Optional.of(was), Optional.empty(), 0));
    }
    return new PlanDiff(from, to, changes, unchanged);
  }

  public boolean sameTransitions() {
    return changes.isEmpty();
  }
}
