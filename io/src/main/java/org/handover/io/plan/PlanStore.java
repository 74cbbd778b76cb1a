package org.handover.io.plan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.HandoverException;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.plan.Party;
import org.handover.engine.plan.Plan;
import org.handover.engine.plan.PlanLedger;
import org.handover.engine.plan.PlanSignature;
import org.handover.engine.plan.PlanStatus;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.plan.SignOff;
import org.handover.engine.plan.VersionState;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.decisions.DecisionRecorder;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.handover.io.store.TheaterReader;

/**
 * A theater's plans in the store: versions, proposals and signatures, through the engine's sign-off
 * rules ({@link SignOff}). Each operation is one transaction that reads the plan as it stands,
 * applies the rule and writes the result. The signature that agrees a version is written with the
 * version's new status and its PLANNED decisions (superseding those of the plan's earlier
 * agreement) in the same transaction: a crash leaves the agreement whole or not begun.
 */
public final class PlanStore {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final Store store;
  private final String theater;
  private final Runnable beforeAgreementCommits;

  PlanStore(Store store, String theater, Runnable beforeAgreementCommits) {
    this.store = Objects.requireNonNull(store, "store");
    this.theater = Objects.requireNonNull(theater, "theater");
    this.beforeAgreementCommits = beforeAgreementCommits;
  }

  /** The plans of {@code theater} in {@code store}. */
  public static PlanStore of(Store store, String theater) {
    return new PlanStore(store, theater, () -> {});
  }

  /** A signature and, when it agreed the version, the PLANNED decisions it appended. */
  public record Signed(SignOff.Signing signing, List<LedgerEntry> decisions) {
    public Signed {
      decisions = List.copyOf(decisions);
    }
  }

  /**
   * Work run in an operation's own transaction once its change is written (an audit entry of who
   * made it): it commits with the change or rolls back with it. It is not run when the operation
   * writes nothing (the same content saved again, a version proposed or signed already).
   */
  @FunctionalInterface
  public interface InTransaction<T> {
    void run(Connection c, T result) throws SQLException;
  }

  /** The names of the theater's plans, sorted. */
  public List<String> names() {
    return store.strings("SELECT plan FROM plans WHERE theater = ? ORDER BY plan", theater);
  }

  /** Plan {@code name} with every version, if the theater has it. */
  public Optional<Plan> find(String name) {
    try {
      return read(store.connection(), PlanVersion.requireName(name));
    } catch (SQLException e) {
      throw new StoreException("cannot read plan " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Plan {@code name}.
   *
   * @throws HandoverException naming the theater's plans if it has no such plan
   */
  public Plan load(String name) {
    return find(name).orElseThrow(() -> noPlan(name));
  }

  /**
   * Saves a plan file's content as the next version of plan {@code name} (made if new), unless the
   * current version has the same content.
   */
  public SignOff.Saved save(String name, PlanFile file, String author, Instant at) {
    return save(name, file.transitions(), file.document(), author, at, file.provenance());
  }

  /**
   * Saves {@code transitions} and the JSON {@code document} (stored in canonical form) as the next
   * version of plan {@code name}, made if new, unless the current version has the same content
   * (then nothing is written and {@link SignOff.Saved#unchanged()} says so). The regions must be
   * the theater's (canonical names); the caller checks the stages against the benchmark set.
   */
  public SignOff.Saved save(
      String name,
      List<PlannedTransition> transitions,
      String document,
      String author,
      Instant at,
      String provenance) {
    return save(name, transitions, document, author, at, provenance, (c, saved) -> {});
  }

  /**
   * As {@link #save(String, List, String, String, Instant, String)}, running {@code then} in its
   * transaction.
   */
  public SignOff.Saved save(
      String name,
      List<PlannedTransition> transitions,
      String document,
      String author,
      Instant at,
      String provenance,
      InTransaction<SignOff.Saved> then) {
    PlanVersion.requireName(name);
    if (author == null || author.isBlank()) {
      throw new HandoverException("saving a plan needs its author (--by)");
    }
    Set<RegionId> regions = new HashSet<>(new TheaterReader(store).regionIds(theater));
    for (PlannedTransition t : transitions) {
      if (!regions.contains(t.region())) {
        throw new HandoverException(
            "plan " + name + ": region " + t.region() + " is not in theater " + theater);
      }
    }
    String canonical = PlanJson.canonical(document, "plan " + name + " document");
    return store.inTransaction(
        c -> {
          Optional<Plan> found = read(c, name);
          Plan plan = found.orElseGet(() -> Plan.named(name));
          SignOff.Saved saved =
              SignOff.save(plan, transitions, canonical, author.strip(), at, provenance);
          if (saved.unchanged()) {
            return saved;
          }
          if (found.isEmpty()) {
            update(
                c,
                "INSERT INTO plans VALUES (?, ?, ?, CAST(? AS TIMESTAMP))",
                theater,
                name,
                author.strip(),
                time(at));
          }
          PlanVersion v = saved.version().version();
          update(
              c,
              "INSERT INTO plan_versions VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?, ?, NULL, NULL)",
              theater,
              name,
              v.version(),
              v.sha256(),
              v.document(),
              v.createdBy(),
              time(v.createdAt()),
              v.provenance(),
              PlanStatus.DRAFT.name());
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO plan_transitions VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlannedTransition t : v.transitions()) {
              ps.setString(1, theater);
              ps.setString(2, name);
              ps.setInt(3, v.version());
              ps.setString(4, t.region().name());
              ps.setString(5, t.fromStage());
              ps.setString(6, t.toStage());
              ps.setDate(7, Date.valueOf(t.month().atDay(1)));
              ps.setInt(8, t.tranche());
              ps.executeUpdate();
            }
          }
          then.run(c, saved);
          return saved;
        });
  }

  /** Proposes version {@code version} of plan {@code name} for signature. */
  public SignOff.Proposal propose(String name, int version, String by, Instant at) {
    return propose(name, version, by, at, (c, p) -> {});
  }

  /** As {@link #propose(String, int, String, Instant)}, running {@code then} in its transaction. */
  public SignOff.Proposal propose(
      String name, int version, String by, Instant at, InTransaction<SignOff.Proposal> then) {
    return store.inTransaction(
        c -> {
          Plan plan = read(c, name).orElseThrow(() -> noPlan(name));
          SignOff.Proposal p = SignOff.propose(plan, version, by, at);
          if (!p.alreadyProposed()) {
            update(
                c,
                "UPDATE plan_versions SET status = ?, proposed_by = ?, proposed_at = CAST(? AS TIMESTAMP)"
                    + " WHERE theater = ? AND plan = ? AND version = ?",
                PlanStatus.PROPOSED.name(),
                p.version().proposedBy().orElseThrow(),
                time(at),
                theater,
                name,
                version);
            then.run(c, p);
          }
          return p;
        });
  }

  /**
   * Signs version {@code version} of plan {@code name} for {@code party}; the signature that
   * completes the agreement also marks the version agreed and appends its PLANNED decisions, all in
   * one transaction.
   */
  public Signed sign(
      String name,
      int version,
      Party party,
      String signatory,
      Optional<String> confirmedHash,
      Instant at) {
    return sign(name, version, party, signatory, confirmedHash, at, (c, signed) -> {});
  }

  /**
   * As {@link #sign(String, int, Party, String, Optional, Instant)}, running {@code then} in its
   * transaction after the signature (and an agreement's decisions) are written.
   */
  public Signed sign(
      String name,
      int version,
      Party party,
      String signatory,
      Optional<String> confirmedHash,
      Instant at,
      InTransaction<Signed> then) {
    return store.inTransaction(
        c -> {
          Plan plan = read(c, name).orElseThrow(() -> noPlan(name));
          SignOff.Signing s = SignOff.sign(plan, version, party, signatory, confirmedHash, at);
          if (s.alreadySigned()) {
            return new Signed(s, List.of());
          }
          PlanSignature sig = s.signature();
          update(
              c,
              "INSERT INTO plan_signatures VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP))",
              theater,
              name,
              version,
              sig.party().name(),
              sig.signatory(),
              sig.sha256(),
              time(sig.signedAt()));
          if (!s.agreed()) {
            Signed signed = new Signed(s, List.of());
            then.run(c, signed);
            return signed;
          }
          update(
              c,
              "UPDATE plan_versions SET status = ? WHERE theater = ? AND plan = ? AND version = ?",
              PlanStatus.AGREED.name(),
              theater,
              name,
              version);
          List<LedgerEntry> decisions =
              PlanLedger.entries(
                  s.plan(),
                  version,
                  new TheaterReader(store).ledger(theater, DecisionKind.PLANNED));
          requireNewIds(decisions);
          DecisionRecorder.appendAgreedPlan(c, theater, decisions, at);
          Signed signed = new Signed(s, decisions);
          then.run(c, signed);
          beforeAgreementCommits.run();
          return signed;
        });
  }

  /** Ledger ids are unique in a theater across kinds: a plan's must not be taken already. */
  private void requireNewIds(List<LedgerEntry> decisions) {
    Set<String> taken =
        new HashSet<>(store.strings("SELECT id FROM decisions WHERE theater = ?", theater));
    for (LedgerEntry e : decisions) {
      if (taken.contains(e.id())) {
        throw new HandoverException(
            "cannot agree the plan: ledger id " + e.id() + " is already in the ledger");
      }
    }
  }

  private HandoverException noPlan(String name) {
    List<String> names = names();
    return new HandoverException(
        "no plan '"
            + name
            + "' in theater "
            + theater
            + (names.isEmpty()
                ? " (it has none: save one with handover plan save NAME --from FILE)"
                : " (plans: " + String.join(", ", names) + ")"));
  }

  /** One row of a per-version query, read from the result set's current row. */
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * The rows of {@code sql} (parameters theater and plan, the version first among its columns),
   * grouped by version in the order read.
   */
  private <T> Map<Integer, List<T>> byVersion(Connection c, String name, String sql, Row<T> row)
      throws SQLException {
    Map<Integer, List<T>> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, theater);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getInt(1), v -> new ArrayList<>()).add(row.read(rs));
        }
      }
    }
    return out;
  }

  private Optional<Plan> read(Connection c, String name) throws SQLException {
    Map<Integer, List<PlannedTransition>> transitions =
        byVersion(
            c,
            name,
            "SELECT version, region, from_stage, to_stage, month, tranche FROM plan_transitions"
                + " WHERE theater = ? AND plan = ?",
            rs ->
                PlannedTransition.of(
                    RegionId.of(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    YearMonth.from(rs.getDate(5).toLocalDate()),
                    rs.getInt(6)));
    Map<Integer, List<PlanSignature>> signatures =
        byVersion(
            c,
            name,
            "SELECT version, party, signatory, sha256, CAST(signed_at AS VARCHAR) FROM plan_signatures"
                + " WHERE theater = ? AND plan = ? ORDER BY signed_at, party",
            rs ->
                PlanSignature.of(
                    Party.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getInt(1),
                    rs.getString(4),
                    instant(rs.getString(5))));
    List<VersionState> versions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version, sha256, document, created_by, CAST(created_at AS VARCHAR), provenance,"
                + " status, proposed_by, CAST(proposed_at AS VARCHAR) FROM plan_versions"
                + " WHERE theater = ? AND plan = ? ORDER BY version")) {
      ps.setString(1, theater);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int number = rs.getInt(1);
          PlanVersion v =
              new PlanVersion(
                  name,
                  number,
                  transitions.getOrDefault(number, List.of()),
                  rs.getString(3),
                  rs.getString(2),
                  rs.getString(4),
                  instant(rs.getString(5)),
                  rs.getString(6));
          versions.add(
              new VersionState(
                  v,
                  PlanStatus.valueOf(rs.getString(7)),
                  Optional.ofNullable(rs.getString(8)),
                  Optional.ofNullable(rs.getString(9)).map(PlanStore::instant),
                  signatures.getOrDefault(number, List.of())));
        }
      }
    }
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Plan(name, versions));
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  /** Times are kept as UTC text in and out, so no time zone of the JVM or DuckDB shifts them. */
  private static String time(Instant at) {
    return TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  private static Instant instant(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }
}
