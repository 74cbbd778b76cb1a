package org.handover.io.imports.decisions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Basis;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.time.MonthRange;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;

/**
 * Records decisions from the command line through the same checks as the {@code decisions} import,
 * with the assessment they rested on as their basis: one REAL decision ({@code handover decide}),
 * or a policy's SIMULATED decisions ({@code handover compare --record}), which go to a ledger of
 * their own. Appends; never replaces.
 */
public final class DecisionRecorder {
  private final Store store;
  private final String theater;
  private final BenchmarkSet set;
  private final DecisionKind kind;
  private final DecisionRules rules;

  private DecisionRecorder(Store store, String theater, BenchmarkSet set, DecisionKind kind) {
    this.store = store;
    this.theater = theater;
    this.set = set;
    this.kind = kind;
    this.rules = DecisionRules.load(store, theater, set, kind);
  }

  /** A recorder of REAL decisions. */
  public static DecisionRecorder of(Store store, String theater, BenchmarkSet set) {
    return new DecisionRecorder(store, theater, set, DecisionKind.REAL);
  }

  /** A recorder of decisions of {@code kind}. */
  public static DecisionRecorder of(
      Store store, String theater, BenchmarkSet set, DecisionKind kind) {
    return new DecisionRecorder(store, theater, set, kind);
  }

  /**
   * Checks every one of {@code fields} and appends them all in one transaction, or none: a policy's
   * simulated decisions, recorded by {@code handover compare}.
   *
   * @throws HandoverException naming every wrong field of every entry; nothing is written then
   */
  public List<LedgerEntry> recordAll(List<DecisionFields> fields, YearMonth asOf) {
    List<String> problems = new ArrayList<>();
    Basis basis = Basis.of(set.name(), set.version(), set.sha256(), asOf);
    List<LedgerEntry> entries = new ArrayList<>();
    for (DecisionFields f : fields) {
      rules
          .check(f, kind, "", Optional.of(basis), collecting(problems, f.id() + ": ", Map.of()))
          .ifPresent(entries::add);
    }
    if (!problems.isEmpty()) {
      throw new HandoverException(
          "no "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " decision recorded: "
              + String.join("; ", problems));
    }
    store.inTransaction(c -> LedgerSql.append(c, theater, entries, null, LedgerSql.COMPARE));
    return entries;
  }

  /**
   * Appends the PLANNED decisions of an agreed plan version inside the caller's transaction {@code
   * c}, recorded at {@code recordedAt}: the plan's sign-off (io.plan) writes its signature, status
   * and these entries together or not at all. The entries were checked against the planned ledger
   * by the plan's rules ({@code engine.plan.PlanLedger}); their dates are the plan's months, which
   * may lie beyond the months of data.
   */
  public static int appendAgreedPlan(
      Connection c, String theater, List<LedgerEntry> entries, Instant recordedAt)
      throws SQLException {
    for (LedgerEntry e : entries) {
      if (e.kind() != DecisionKind.PLANNED) {
        throw new IllegalArgumentException("a plan's decisions are PLANNED, not " + e.kind());
      }
    }
    return LedgerSql.append(c, theater, entries, null, LedgerSql.PLAN, recordedAt);
  }

  private static DecisionRules.Problems collecting(
      List<String> problems, String prefix, Map<String, String> optionNames) {
    return new DecisionRules.Problems() {
      @Override
      public void reject(String field, String value, String reason) {
        problems.add(
            prefix
                + optionNames.getOrDefault(field, field)
                + (value.isEmpty() ? "" : " " + value)
                + ": "
                + reason);
      }

      @Override
      public void unknownRegion(String field, String name, RegionResolver resolver) {
        problems.add(
            prefix + optionNames.getOrDefault(field, field) + " " + name + ": unknown region");
      }
    };
  }

  /** The months a decision may take effect in: those the theater has events for. */
  public MonthRange months() {
    return rules.months();
  }

  /**
   * Checks and appends {@code f}, its basis the benchmark set as of {@code asOf}.
   *
   * @param optionNames how the command line names each field (e.g. to_stage: --to), for the
   *     messages
   * @throws HandoverException naming every wrong field; nothing is written then
   */
  public LedgerEntry record(DecisionFields f, YearMonth asOf, Map<String, String> optionNames) {
    return record(f, asOf, optionNames, AuditLog.commandLineActor());
  }

  /**
   * As {@link #record(DecisionFields, YearMonth, Map)}, the entry and its audit record (as {@code
   * actor}'s) written in one transaction.
   */
  public LedgerEntry record(
      DecisionFields f, YearMonth asOf, Map<String, String> optionNames, String actor) {
    List<String> problems = new ArrayList<>();
    Basis basis = Basis.of(set.name(), set.version(), set.sha256(), asOf);
    Optional<LedgerEntry> entry =
        rules.check(
            f,
            kind,
            "",
            Optional.of(basis),
            new DecisionRules.Problems() {
              @Override
              public void reject(String field, String value, String reason) {
                problems.add(
                    optionNames.getOrDefault(field, field)
                        + (value.isEmpty() ? "" : " " + value)
                        + ": "
                        + reason);
              }

              @Override
              public void unknownRegion(String field, String name, RegionResolver resolver) {
                List<String> closest = resolver.closest(name, 3);
                problems.add(
                    optionNames.getOrDefault(field, field)
                        + " "
                        + name
                        + ": unknown region"
                        + (closest.isEmpty()
                            ? ""
                            : " (closest: " + String.join(", ", closest) + ")"));
              }
            });
    if (entry.isEmpty()) {
      throw new HandoverException("decision not recorded: " + String.join("; ", problems));
    }
    LedgerEntry e = entry.get();
    store.inTransaction(
        c -> {
          LedgerSql.append(c, theater, List.of(e), null, LedgerSql.DECIDE);
          Map<String, String> details = new TreeMap<>();
          details.put("theater", theater);
          details.put("region", e.region().name());
          details.put("to_stage", e.toStage());
          details.put("effective", e.effective().toString());
          details.put("basis_set_sha256", set.sha256());
          details.put("basis_as_of", asOf.toString());
          e.supersedes().ifPresent(id -> details.put("supersedes", id));
          return AuditLog.append(c, Clock.systemUTC(), actor, "decide", e.id(), details);
        });
    return e;
  }
}
