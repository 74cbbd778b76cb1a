package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fatality figures outside the plausible range for one event (negative, not finite, above one
 * million) are rejected with the file, line and field, and never reach the store.
 */
class FatalityRangeTest {
  @TempDir Path dir;

  @Test
  void figuresOutsideThePlausibleRangeAreRejectedByField() throws IOException {
    Path file = dir.resolve("ged.csv");
    Files.writeString(
        file,
        """
        id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,low,best,high,side_a,side_b
        1,2012-01-05,2012-01-05,Baghdad governorate,,,Baghdad,1,2,3,4,,
        2,2012-01-06,2012-01-06,Baghdad governorate,,,Baghdad,1,0,1e20,1e20,,
        3,2012-01-07,2012-01-07,Basra governorate,,,Basra,1,-1,2,3,,
        4,2012-01-08,2012-01-08,Basra governorate,,,Basra,1,1,5,2000000,,
        5,2012-01-09,2012-01-09,Basra governorate,,,Basra,1,10000,50000,1000000,,
        6,2012-01-10,2012-01-10,Basra governorate,,,Basra,1,inf,2,3,,
        7,2012-01-11,2012-01-11,Basra governorate,,,Basra,1,1e19,1e19,1e19,,
        """);
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r =
          EventImporter.importFile(
              store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, file));

      assertThat(r.rowsRead()).isEqualTo(7);
      assertThat(r.rowsImported()).isEqualTo(2);
      assertThat(r.rejections())
          .extracting(Rejection::file, Rejection::line, Rejection::field, Rejection::value)
          .containsExactly(
              tuple("ged.csv", 3L, "best", "1e20"),
              tuple("ged.csv", 4L, "low", "-1"),
              tuple("ged.csv", 5L, "high", "2000000"),
              tuple("ged.csv", 7L, "low", "inf"),
              tuple("ged.csv", 8L, "low", "1e19"));
      assertThat(r.rejections().get(0).reason())
          .isEqualTo("fatality figure above 1,000,000, the plausible maximum for one event");
      assertThat(r.rejections().get(1).reason()).isEqualTo("negative fatality figure");
      assertThat(r.rejections().get(3).reason()).isEqualTo("not a number");
      assertThat(store.strings("SELECT event_id FROM events ORDER BY event_id"))
          .containsExactly("1", "5");
    }
  }
}
