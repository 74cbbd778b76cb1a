package org.handover.io.plan;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.handover.engine.plan.Party;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.SignOff;
import org.handover.io.audit.AuditLog;

/** Audit entries for plan changes, appended in the transaction that makes the change. */
public final class PlanAudit {
  private PlanAudit() {}

  /** What an entry says: its subject and details. */
  public record Entry(String subject, Map<String, String> details) {
    public Entry {
      details = Map.copyOf(details);
    }
  }

  /**
   * Work for {@link PlanStore}'s operations that appends one audit entry by {@code actor}, {@code
   * action}, described from the operation's result by {@code describe}.
   */
  public static <T> PlanStore.InTransaction<T> entry(
      String actor, String action, Function<T, Entry> describe) {
    return (c, result) -> {
      Entry e = describe.apply(result);
      AuditLog.append(c, Clock.systemUTC(), actor, action, e.subject(), e.details());
    };
  }

  /** The entry of a saved version: action plan-save, the version and its content hash. */
  public static PlanStore.InTransaction<SignOff.Saved> saved(String actor, String plan) {
    return entry(actor, "plan-save", done -> of(plan, done.version().version(), Map.of()));
  }

  /** The entry of a proposal: action plan-propose, the version and its content hash. */
  public static PlanStore.InTransaction<SignOff.Proposal> proposed(String actor, String plan) {
    return entry(actor, "plan-propose", done -> of(plan, done.version().version(), Map.of()));
  }

  /**
   * The entry of a signature: action plan-sign, the version, its hash, the party, whether it agreed
   * the plan and how many planned decisions that added.
   */
  public static PlanStore.InTransaction<PlanStore.Signed> signed(
      String actor, String plan, int version, Party party) {
    return entry(
        actor,
        "plan-sign",
        done ->
            of(
                plan,
                done.signing().plan().version(version).version(),
                Map.of(
                    "party",
                    party.name(),
                    "agreed",
                    Boolean.toString(done.signing().agreed()),
                    "planned_decisions",
                    Integer.toString(done.decisions().size()))));
  }

  private static Entry of(String plan, PlanVersion v, Map<String, String> more) {
    Map<String, String> details = new LinkedHashMap<>(more);
    details.put("version", Integer.toString(v.version()));
    details.put("sha256", v.sha256());
    return new Entry("plan " + plan + " version " + v.version(), details);
  }
}
