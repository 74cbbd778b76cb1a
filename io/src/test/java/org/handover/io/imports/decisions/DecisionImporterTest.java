package org.handover.io.imports.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionId;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.theater.AliasImporter;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionImporterTest {
  static final Path SET = RepoData.path("data/iraq/benchmarks/iraq-pic.yaml");
  static final String HEADER = "region,scope,to_stage,effective,decided_by,agreed_by,note\n";

  /** Iraq's regions and two events, so the months of data are 2006-01..2009-06. */
  static Store iraq() {
    Store store = Store.inMemory();
    TheaterFixtures.importIraq(store, "iraq");
    store.inTransaction(
        c -> {
          try (var s = c.createStatement()) {
            s.execute(
                "INSERT INTO events (theater, source, start_date, end_date, region, import_id) VALUES "
                    + "('iraq', 'test', DATE '2006-01-05', DATE '2006-01-05', 'Basra', 0), "
                    + "('iraq', 'test', DATE '2009-06-10', DATE '2009-06-12', 'Basra', 0)");
          }
          return null;
        });
    return store;
  }

  static ImportReport load(Store store, Path file, String... options) {
    Map<String, String> o = new HashMap<>(Map.of("benchmark_set", SET.toString()));
    for (int i = 0; i < options.length; i += 2) {
      o.put(options[i], options[i + 1]);
    }
    return Importers.run(store, "iraq", new ImportSpec("decisions", file, o));
  }

  @Test
  void theBuiltInTransfersLoadAsEighteenRealEntries() {
    try (Store store = iraq()) {
      ImportReport r =
          load(
              store,
              RepoData.path("data/iraq/decisions/iraq-security-transfers.csv"),
              "source",
              "DoD");
      assertThat(r.rejections()).isEmpty();
      assertThat(r.rowsImported()).isEqualTo(18);
      Ledger ledger = new TheaterReader(store).ledger("iraq");
      assertThat(ledger.kind()).isEqualTo(DecisionKind.REAL);
      assertThat(ledger.entries()).hasSize(18);
      LedgerEntry muthanna = ledger.entries().get(0);
      assertThat(muthanna.id()).isEqualTo("muthanna/LOCAL_CONTROL/2006-07-13");
      assertThat(muthanna.region()).isEqualTo(RegionId.of("Muthanna"));
      assertThat(muthanna.wholeRegion()).isTrue();
      assertThat(muthanna.agreedBy()).containsExactly("Government of Iraq", "MNF-I");
      assertThat(muthanna.source()).isEqualTo("DoD");
      assertThat(muthanna.basis()).isEmpty();
      assertThat(ledger.entries().get(4).agreedBy()).hasSize(3);
      assertThat(ledger.entries())
          .filteredOn(e -> e.effective().equals(LocalDate.of(2009, 1, 1)))
          .hasSize(5);
      assertThat(new TheaterReader(store).decisionOrigins("iraq").values())
          .containsOnly("import " + r.importId());
      assertThat(new TheaterReader(store).ledger("iraq", DecisionKind.PLANNED).entries()).isEmpty();
    }
  }

  @Test
  void everyBadRowIsNamedWithFileLineAndField(@TempDir Path dir) {
    try (Store store = iraq()) {
      load(
          store,
          TheaterFixtures.write(
              dir, "first.csv", HEADER + "Basra,whole,LOCAL_CONTROL,2007-12-16,PM,,\n"));
      Path bad =
          TheaterFixtures.write(
              dir,
              "bad.csv",
              "id,region,scope,to_stage,effective,announced,supersedes\n"
                  + "a,Basrah City,whole,LOCAL_CONTROL,2007-12-16,,\n"
                  + "b,Basra,whole,HANDED_OVER,2007-12-16,,\n"
                  + "c,Basra,whole,LOCAL_CONTROL,2007-12-16,2008-01-01,\n"
                  + "d,Basra,whole,LOCAL_CONTROL,2012-01-01,,\n"
                  + "e,Basra,whole,LOCAL_CONTROL,2007-13-40,,\n"
                  + "f,Basra,whole,LOCAL_CONTROL,2007-12-20,,nowhere\n"
                  + "g,Basra,whole,LOCAL_CONTROL,2007-12-21,,basra/LOCAL_CONTROL/2007-12-16\n");
      ImportReport r = load(store, bad);
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(r.rejections()).extracting(Rejection::file).containsOnly("bad.csv");
      assertThat(r.rejections())
          .extracting(Rejection::line, Rejection::field)
          .containsExactly(
              tuple(2L, "region"),
              tuple(3L, "to_stage"),
              tuple(4L, "effective"),
              tuple(5L, "effective"),
              tuple(6L, "effective"),
              tuple(7L, "supersedes"));
      assertThat(r.rejections().get(0).reason())
          .contains("unknown region 'Basrah City'")
          .contains("closest: Basra");
      assertThat(r.rejections().get(1).reason())
          .contains("not in the benchmark set")
          .contains("LOCAL_CONTROL");
      assertThat(r.rejections().get(2).reason()).contains("before the announced date 2008-01-01");
      assertThat(r.rejections().get(3).reason())
          .contains("outside the months of data (2006-01..2009-06)");
      assertThat(r.rejections().get(4).reason()).contains("not a date");
      assertThat(r.rejections().get(5).reason()).contains("no entry nowhere");
      assertThat(
              new TheaterReader(store)
                  .ledger("iraq")
                  .supersededBy("basra/LOCAL_CONTROL/2007-12-16"))
          .contains("g");
    }
  }

  @Test
  void aliasesResolveAndStrictImportsNothing(@TempDir Path dir) {
    try (Store store = iraq()) {
      AliasImporter.importFile(
          store,
          TheaterFixtures.write(dir, "aliases.csv", "alias,region\nBasrah,Basra\n"),
          AliasImporter.Options.defaults("iraq"));
      Path file =
          TheaterFixtures.write(
              dir,
              "d.csv",
              HEADER
                  + "Basrah,whole province,LOCAL_CONTROL,2007-12-16,PM,,\n"
                  + "Atlantis,whole province,LOCAL_CONTROL,2007-12-16,PM,,\n");
      assertThatThrownBy(() -> load(store, file, "strict", "true"))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("--strict");
      assertThat(new TheaterReader(store).ledger("iraq").entries()).isEmpty();
      ImportReport r = load(store, file);
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(new TheaterReader(store).ledger("iraq").entries().get(0).region())
          .isEqualTo(RegionId.of("Basra"));
    }
  }

  @Test
  void theLedgerIsAppendOnly(@TempDir Path dir) {
    try (Store store = iraq()) {
      Path file =
          TheaterFixtures.write(
              dir, "d.csv", HEADER + "Basra,whole province,LOCAL_CONTROL,2007-12-16,PM,,\n");
      load(store, file);
      ImportReport again = load(store, file);
      assertThat(again.rowsImported()).isZero();
      assertThat(again.rejections())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.field()).isEqualTo("id");
                assertThat(r.reason()).contains("already in the ledger");
              });
      Path correction =
          TheaterFixtures.write(
              dir,
              "c.csv",
              "id,region,to_stage,effective,supersedes\n"
                  + "basra-fix,Basra,LOCAL_CONTROL,2007-12-17,basra/LOCAL_CONTROL/2007-12-16\n");
      load(store, correction);
      Ledger ledger = new TheaterReader(store).ledger("iraq");
      assertThat(ledger.entries())
          .extracting(LedgerEntry::id)
          .containsExactly("basra/LOCAL_CONTROL/2007-12-16", "basra-fix");
      assertThat(ledger.effective()).extracting(LedgerEntry::id).containsExactly("basra-fix");
      assertThat(store.count("SELECT count(*) FROM decisions")).isEqualTo(2);
    }
  }

  @Test
  void noCodeUpdatesOrDeletesALedgerRow() throws Exception {
    try (var files = Files.walk(RepoData.path("io/src/main/java"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(p).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        assertThat(text)
            .as(p.toString())
            .doesNotContain("UPDATE DECISIONS")
            .doesNotContain("DELETE FROM DECISIONS")
            .doesNotContain("INSERT OR REPLACE INTO DECISIONS")
            .doesNotContain("TRUNCATE DECISIONS");
      }
    }
  }

  @Test
  void decideRecordsOneEntryWithItsBasisThroughTheSameChecks() {
    try (Store store = iraq()) {
      BenchmarkSet set = BenchmarkSetReader.read(SET);
      DecisionRecorder recorder = DecisionRecorder.of(store, "iraq", set);
      Map<String, String> names = Map.of("to_stage", "--to", "region", "--region");
      LedgerEntry e =
          recorder.record(
              new DecisionFields(
                  "",
                  "Basra",
                  "",
                  "",
                  "LOCAL_CONTROL",
                  "",
                  "2007-12-16",
                  "PM",
                  "Government of Iraq; MNF-I",
                  "",
                  "",
                  ""),
              YearMonth.of(2007, 12),
              names);
      assertThat(e.basis())
          .hasValueSatisfying(
              b -> {
                assertThat(b.benchmarkSet()).isEqualTo(set.name());
                assertThat(b.sha256()).isEqualTo(set.sha256());
                assertThat(b.asOf()).isEqualTo(YearMonth.of(2007, 12));
              });
      assertThat(new TheaterReader(store).ledger("iraq").entries().get(0)).isEqualTo(e);
      assertThat(new TheaterReader(store).decisionOrigins("iraq"))
          .containsValue("recorded with handover decide");
      assertThatThrownBy(
              () ->
                  DecisionRecorder.of(store, "iraq", set)
                      .record(
                          new DecisionFields(
                              "",
                              "Basrah City",
                              "",
                              "",
                              "NOPE",
                              "",
                              "2007-12-16",
                              "",
                              "",
                              "",
                              "",
                              ""),
                          YearMonth.of(2007, 12),
                          names))
          .isInstanceOf(HandoverException.class)
          .hasMessageContaining("--region Basrah City: unknown region")
          .hasMessageContaining("--to NOPE: stage NOPE is not in the benchmark set");
      assertThat(new TheaterReader(store).ledger("iraq").entries()).hasSize(1);
    }
  }

  @Test
  void theDefaultIdIsStable() {
    assertThat(
            LedgerEntry.defaultId(
                RegionId.of("Salah ad Din"), "LOCAL_CONTROL", LocalDate.of(2009, 1, 1)))
        .isEqualTo("salah-ad-din/LOCAL_CONTROL/2009-01-01");
    assertThat(List.of(DecisionImporter.importer().options())).isNotEmpty();
  }
}
