package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.RejectionLimit;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** max_rejected on an event file of 7 rows, 5 of them rejected by default (71%), 2 with widen. */
class MaxRejectedTest {
  @TempDir Path dir;

  private static ImportSpec spec(Map<String, String> options) {
    return new ImportSpec("ucdp-ged", Samples.of("ucdp-estimates.csv"), options);
  }

  @Test
  void aShareAboveTheLimitFailsTheWholeImportAndStillWritesTheRejects() {
    Path rejects = dir.resolve("rejected.csv");
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  Importers.run(
                      store,
                      "iraq",
                      spec(Map.of("max_rejected", "50%", "rejects", rejects.toString()))))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("5 of 7 rows rejected (71.4%), more than max_rejected = 50% allows")
          .hasMessageContaining("nothing imported")
          .hasMessageContaining("2 low fatality figure above the high figure");
      assertThat(store.count("SELECT count(*) FROM events")).isZero();
      assertThat(store.strings("SELECT status FROM imports")).containsExactly("failed");
      assertThat(store.count("SELECT count(*) FROM rejections")).isEqualTo(5);
      assertThat(rejects).exists();
      assertThat(lines(rejects)).isEqualTo(6); // header + 5 rows
    }
  }

  @Test
  void aShareWithinTheLimitCommits() {
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r = Importers.run(store, "iraq", spec(Map.of("max_rejected", "0.75")));
      assertThat(r.rowsRejected()).isEqualTo(5);
      assertThat(r.rejectedPercent()).isEqualTo("71.4%");
      assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(2);
      assertThat(store.strings("SELECT options FROM imports").get(0))
          .contains("\"max_rejected\":0.75");
    }
  }

  @Test
  void theLimitCountsRowsAfterThePolicyForEstimates() {
    try (Store store = TheaterFixture.iraq()) {
      // widen leaves 2 of 7 rejected (28.6%)
      ImportReport r =
          Importers.run(
              store,
              "iraq",
              spec(Map.of("max_rejected", "30%", "inconsistent_estimates", "widen")));
      assertThat(r.rowsImported()).isEqualTo(5);
      assertThatThrownBy(
              () ->
                  Importers.run(
                      store,
                      "iraq",
                      spec(
                          Map.of(
                              "max_rejected",
                              "0.25",
                              "inconsistent_estimates",
                              "widen",
                              "allow_duplicate",
                              "true"))))
          .hasMessageContaining(
              "2 of 7 rows rejected (28.6%), more than max_rejected = 0.25 (25%)");
      assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(5);
    }
  }

  @Test
  void zeroRefusesAnyRejectedRowAndAFileWithoutRejectionsPasses() {
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(() -> Importers.run(store, "iraq", spec(Map.of("max_rejected", "0"))))
          .isInstanceOf(ImportException.class);
      ImportReport clean =
          EventImporter.importFile(
              store,
              EventImportRequest.of("iraq", EventFormat.UCDP_GED, Samples.of("ucdp-snap.csv"))
                  .maxRejected(RejectionLimit.parse("0")));
      assertThat(clean.rowsRejected()).isZero();
      assertThat(clean.rowsImported()).isEqualTo(7);
    }
  }

  @Test
  void badValuesAreRefusedNamingTheOption() {
    try (Store store = TheaterFixture.iraq()) {
      for (String bad : new String[] {"1.5", "-0.1", "120%", "lots", "%"}) {
        assertThatThrownBy(() -> Importers.run(store, "iraq", spec(Map.of("max_rejected", bad))))
            .isInstanceOf(ImportException.class)
            .hasMessageContaining("option 'max_rejected' = \"" + bad + "\"")
            .hasMessageContaining("[0, 1] (0.01) or a percentage in [0, 100] (1%)");
      }
      assertThat(store.count("SELECT count(*) FROM imports")).isZero();
    }
  }

  @Test
  void sharesAreReadAsFractionsOrPercentages() {
    assertThat(RejectionLimit.parse("0.01").share()).isEqualTo(0.01);
    assertThat(RejectionLimit.parse("1%").share()).isEqualTo(0.01);
    assertThat(RejectionLimit.parse(" 2.5 % ").share()).isEqualTo(0.025);
    assertThat(RejectionLimit.parse("1").share()).isEqualTo(1.0);
    RejectionLimit onePercent = RejectionLimit.parse("1%");
    assertThat(onePercent.exceededBy(1, 100)).isFalse();
    assertThat(onePercent.exceededBy(2, 100)).isTrue();
    assertThat(RejectionLimit.percent(334, 16038)).isEqualTo("2.1%");
    assertThat(RejectionLimit.percent(1, 27523)).isEqualTo("0.004%");
    assertThat(RejectionLimit.percent(0, 10)).isEqualTo("0%");
  }

  private static long lines(Path p) {
    try (var s = Files.lines(p)) {
      return s.count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
