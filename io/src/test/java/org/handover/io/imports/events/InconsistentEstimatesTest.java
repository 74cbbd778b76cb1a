package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The policy for rows whose low, best and high figures are out of order, on a UCDP GED file with
 * three such rows (lines 3 to 5), one without a best figure (line 6) and one with a negative best
 * (line 7).
 */
class InconsistentEstimatesTest {
  private static ImportReport run(Store store, InconsistentEstimates policy) {
    return EventImporter.importFile(
        store,
        EventImportRequest.of("iraq", EventFormat.UCDP_GED, Samples.of("ucdp-estimates.csv"))
            .inconsistentEstimates(policy));
  }

  private static String figures(Store store, String id) {
    return String.join(
        ",",
        store.strings(
            "SELECT concat_ws(',', CAST(deaths_low AS BIGINT), CAST(deaths_best AS BIGINT),"
                + " CAST(deaths_high AS BIGINT)) FROM events WHERE event_id = ?",
            id));
  }

  @Test
  void rejectIsTheDefaultAndRejectsEveryOutOfOrderRow() {
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r =
          EventImporter.importFile(
              store,
              EventImportRequest.of(
                  "iraq", EventFormat.UCDP_GED, Samples.of("ucdp-estimates.csv")));
      assertThat(r.rowsRead()).isEqualTo(7);
      assertThat(r.rowsImported()).isEqualTo(2);
      assertThat(r.rejections()).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L);
      assertThat(r.notes()).noneMatch(n -> n.startsWith("adjusted"));
      assertThat(store.strings("SELECT options FROM imports").get(0))
          .doesNotContain("inconsistent_estimates");
      assertThat(r.rejectionsByCause())
          .containsEntry("low fatality figure above the best figure", 1L)
          .containsEntry("best fatality figure above the high figure", 1L)
          .containsEntry("low fatality figure above the high figure", 2L)
          .containsEntry("negative fatality figure", 1L);
    }
  }

  @Test
  void widenStretchesTheRangeToHoldBest() {
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r = run(store, InconsistentEstimates.WIDEN);
      assertThat(r.rowsImported()).isEqualTo(5);
      assertThat(figures(store, "1")).isEqualTo("2,3,4"); // in order: untouched
      assertThat(figures(store, "2")).isEqualTo("3,3,5"); // low 4 > best 3
      assertThat(figures(store, "3")).isEqualTo("1,9,9"); // best 9 > high 4
      assertThat(figures(store, "4")).isEqualTo("5,5,5"); // 6, 5, 2
      assertThat(r.notes())
          .contains(
              "adjusted 3 rows with inconsistent estimates (policy widen: low = min(low, best),"
                  + " high = max(high, best)): lines 3, 4, 5");
      assertThat(store.strings("SELECT options FROM imports").get(0))
          .contains("\"inconsistent_estimates\":\"widen\"");
      assertThat(store.strings("SELECT notes FROM imports").get(0))
          .contains("adjusted 3 rows with inconsistent estimates (policy widen");
    }
  }

  @Test
  void bestKeepsOnlyTheBestEstimate() {
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r = run(store, InconsistentEstimates.BEST);
      assertThat(r.rowsImported()).isEqualTo(5);
      assertThat(figures(store, "1")).isEqualTo("2,3,4");
      assertThat(figures(store, "2")).isEqualTo("3,3,3");
      assertThat(figures(store, "3")).isEqualTo("9,9,9");
      assertThat(figures(store, "4")).isEqualTo("5,5,5");
      assertThat(r.notes())
          .contains(
              "adjusted 3 rows with inconsistent estimates (policy best: low = high = best): lines"
                  + " 3, 4, 5");
    }
  }

  @Test
  void rowsWithoutABestOfTheirOwnOrWithANegativeOneStayRejectedWhateverThePolicy() {
    for (InconsistentEstimates policy : InconsistentEstimates.values()) {
      try (Store store = TheaterFixture.iraq()) {
        ImportReport r = run(store, policy);
        assertThat(r.rejections())
            .as(policy.id())
            .extracting(Rejection::line, Rejection::field)
            .endsWith(tuple(6L, "low"), tuple(7L, "best"));
        assertThat(store.count("SELECT count(*) FROM events WHERE event_id IN ('5', '6')"))
            .isZero();
      }
    }
  }

  @Test
  void theOptionIsCheckedAndReadByTheKind() {
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  Importers.run(
                      store,
                      "iraq",
                      new ImportSpec(
                          "ucdp-ged",
                          Samples.of("ucdp-estimates.csv"),
                          Map.of("inconsistent_estimates", "stretch"))))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("'inconsistent_estimates' = \"stretch\"")
          .hasMessageContaining(List.of("reject", "widen", "best").toString());
      ImportReport r =
          Importers.run(
              store,
              "iraq",
              new ImportSpec(
                  "ucdp-ged",
                  Samples.of("ucdp-estimates.csv"),
                  Map.of("inconsistent_estimates", "Widen")));
      assertThat(r.rowsImported()).isEqualTo(5);
    }
  }
}
