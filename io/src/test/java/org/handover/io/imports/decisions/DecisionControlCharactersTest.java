package org.handover.io.imports.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.nio.file.Path;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionControlCharactersTest {
  @TempDir Path dir;

  @Test
  void anIdOrRegionWithAControlCharacterIsRejected() {
    Path file =
        write(
            dir,
            "d.csv",
            "id,region,scope,to_stage,effective,decided_by,agreed_by,note\n"
                + "a\u0000,Basra,whole,LOCAL_CONTROL,2007-12-16,x,y,z\n"
                + ",Basra\u001b,whole,LOCAL_CONTROL,2007-12-16,x,y,z\n"
                + ",Basra,whole,LOCAL_CONTROL,2007-12-16,x,y,z\n");
    try (Store store = DecisionImporterTest.iraq()) {
      ImportReport r = DecisionImporterTest.load(store, file);
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(r.rejections())
          .extracting(Rejection::line, Rejection::field)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2L, "id"),
              org.assertj.core.groups.Tuple.tuple(3L, "region"));
      assertThat(r.rejections())
          .allSatisfy(x -> assertThat(x.reason()).contains("contains the control character"));
    }
  }
}
