package org.handover.io.imports.decisions;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.Basis;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.time.MonthRange;
import org.handover.io.imports.ControlCharacters;
import org.handover.io.imports.ImportException;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.handover.io.store.TheaterReader;

/**
 * The checks every decision passes before it enters the ledger, whether it comes from a CSV row or
 * from {@code handover decide}: the region is the theater's (aliases work), the stages are the
 * benchmark set's, the dates are dates, effective is not before announced and falls within the
 * months the theater has events for, the id is new, and what it supersedes is in the ledger and not
 * already superseded. Each accepted decision joins the ledger held here, so later rows may
 * supersede earlier ones.
 */
final class DecisionRules {
  /** Where a check reports what is wrong with a field. */
  interface Problems {
    void reject(String field, String value, String reason);

    void unknownRegion(String field, String name, RegionResolver resolver);
  }

  private final RegionResolver resolver;
  private final List<Stage> stages;
  private final MonthRange months;
  private final Set<String> ids;
  private Ledger ledger;

  private DecisionRules(
      RegionResolver resolver,
      List<Stage> stages,
      MonthRange months,
      Set<String> ids,
      Ledger ledger) {
    this.resolver = resolver;
    this.stages = stages;
    this.months = months;
    this.ids = ids;
    this.ledger = ledger;
  }

  /** The rules for {@code theater}'s ledger of {@code kind}, against {@code set}'s stages. */
  static DecisionRules load(Store store, String theater, BenchmarkSet set, DecisionKind kind) {
    TheaterReader reader = new TheaterReader(store);
    if (reader.regionIds(theater).isEmpty()) {
      throw new ImportException(
          "theater '" + theater + "' has no regions: import regions (GeoJSON) before decisions",
          List.of());
    }
    MonthRange months =
        eventMonths(store, theater)
            .orElseThrow(
                () ->
                    new ImportException(
                        "theater '"
                            + theater
                            + "' has no events: import events before decisions (their dates are checked against the months of data)",
                        List.of()));
    Set<String> ids =
        new HashSet<>(store.strings("SELECT id FROM live_decisions WHERE theater = ?", theater));
    return new DecisionRules(
        reader.resolver(theater), set.stages(), months, ids, reader.ledger(theater, kind));
  }

  /** From the month of the first event to that of the last, if the theater has any. */
  static Optional<MonthRange> eventMonths(Store store, String theater) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT min(start_date), max(greatest(start_date, end_date)) FROM events WHERE theater = ?")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Date first = rs.getDate(1);
        return first == null
            ? Optional.empty()
            : Optional.of(
                MonthRange.of(
                    YearMonth.from(first.toLocalDate()),
                    YearMonth.from(rs.getDate(2).toLocalDate())));
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the event months of theater " + theater + ": " + e.getMessage(), e);
    }
  }

  MonthRange months() {
    return months;
  }

  /**
   * The entry {@code f} describes, added to the ledger held here; empty when a field is wrong (each
   * wrong field reported to {@code problems}).
   *
   * @param defaultSource the source when {@code f} gives none
   */
  Optional<LedgerEntry> check(
      DecisionFields f,
      DecisionKind kind,
      String defaultSource,
      Optional<Basis> basis,
      Problems problems) {
    List<String> wrong = new ArrayList<>();
    Problems counting =
        new Problems() {
          @Override
          public void reject(String field, String value, String reason) {
            wrong.add(field);
            problems.reject(field, value, reason);
          }

          @Override
          public void unknownRegion(String field, String name, RegionResolver r) {
            wrong.add(field);
            problems.unknownRegion(field, name, r);
          }
        };
    for (String[] idOrName :
        new String[][] {
          {"id", f.id(), "decision id"},
          {"region", f.region(), "region name"},
          {"supersedes", f.supersedes(), "decision id"}
        }) {
      ControlCharacters.problem(idOrName[2], idOrName[1])
          .ifPresent(p -> counting.reject(idOrName[0], idOrName[1], p));
    }
    if (!wrong.isEmpty()) {
      return Optional.empty();
    }
    Optional<RegionId> region = Optional.empty();
    if (f.region().isEmpty()) {
      counting.reject("region", "", "region is blank");
    } else {
      region = resolver.resolve(f.region());
      if (region.isEmpty()) {
        counting.unknownRegion("region", f.region(), resolver);
      }
    }
    stage(f.toStage(), "to_stage", true, counting);
    stage(f.fromStage(), "from_stage", false, counting);
    Optional<LocalDate> effective = date(f.effective(), "effective", true, counting);
    Optional<LocalDate> announced = date(f.announced(), "announced", false, counting);
    if (effective.isPresent()
        && announced.isPresent()
        && effective.get().isBefore(announced.get())) {
      counting.reject(
          "effective",
          f.effective(),
          "effective date is before the announced date " + announced.get());
    }
    if (effective.isPresent() && !months.contains(YearMonth.from(effective.get()))) {
      counting.reject(
          "effective",
          f.effective(),
          "effective date is outside the months of data ("
              + months
              + "): the ledger is compared with the assessment month by month");
    }
    if (!wrong.isEmpty()) {
      return Optional.empty();
    }
    String id =
        f.id().isEmpty()
            ? LedgerEntry.defaultId(region.get(), f.toStage(), effective.get())
            : f.id();
    if (ids.contains(id)) {
      counting.reject(
          "id",
          id,
          "id "
              + id
              + " is already in the ledger: a correction needs its own id and supersedes "
              + id);
      return Optional.empty();
    }
    if (!f.supersedes().isEmpty() && ledger.find(f.supersedes()).isEmpty()) {
      counting.reject(
          "supersedes",
          f.supersedes(),
          "no entry "
              + f.supersedes()
              + " in the "
              + kind.name().toLowerCase(Locale.ROOT)
              + " ledger (known ids: handover decisions)");
      return Optional.empty();
    }
    LedgerEntry entry =
        new LedgerEntry(
            id,
            kind,
            region.get(),
            Optional.of(f.scope()).filter(s -> !whole(s)),
            Optional.of(f.fromStage()).filter(s -> !s.isEmpty()),
            f.toStage(),
            announced,
            effective.get(),
            f.decidedBy(),
            parties(f.agreedBy()),
            f.source().isEmpty() ? defaultSource : f.source(),
            f.note(),
            basis,
            Optional.of(f.supersedes()).filter(s -> !s.isEmpty()));
    try {
      ledger = ledger.add(entry);
    } catch (HandoverException e) {
      counting.reject("supersedes", f.supersedes(), e.getMessage());
      return Optional.empty();
    }
    ids.add(id);
    return Optional.of(entry);
  }

  private void stage(String text, String field, boolean required, Problems problems) {
    if (text.isEmpty()) {
      if (required) {
        problems.reject(field, "", field + " is blank");
      }
      return;
    }
    if (stages.stream().noneMatch(s -> s.id().equals(text))) {
      problems.reject(
          field,
          text,
          "stage "
              + text
              + " is not in the benchmark set ("
              + String.join(", ", stages.stream().map(Stage::id).toList())
              + ")");
    }
  }

  private static Optional<LocalDate> date(
      String text, String field, boolean required, Problems problems) {
    if (text.isEmpty()) {
      if (required) {
        problems.reject(field, "", field + " date is blank");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.reject(field, text, "not a date (YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  private static boolean whole(String scope) {
    String s = scope.toLowerCase(Locale.ROOT);
    return s.isEmpty() || s.equals("whole") || s.startsWith("whole ");
  }

  private static List<String> parties(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split(";")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
