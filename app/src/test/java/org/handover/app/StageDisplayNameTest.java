package org.handover.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.handover.app.report.page.StageStyle;
import org.handover.engine.benchmark.Stage;
import org.handover.io.config.BenchmarkSetReader;
import org.junit.jupiter.api.Test;

/**
 * The report shows each stage by its name in the benchmark set; a set that gives no names shows the
 * words the report has always derived from the ids, so its pages do not change.
 */
class StageDisplayNameTest {
  @Test
  void aSetWithoutNamesShowsTheWordsDerivedFromTheIds() {
    List<Stage> stages =
        BenchmarkSetReader.read(Path.of("../data/iraq/benchmarks/iraq-pic.yaml")).stages();
    assertThat(stages.stream().map(StageStyle::label))
        .containsExactly("Foreign lead", "Joint", "Local lead", "Local control", "Self reliant");
    assertThat(StageStyle.label(new Stage("ISAF_LEAD", "", List.of()))).isEqualTo("Isaf lead");
    assertThat(StageStyle.label(new Stage("Joint ops", "", List.of()))).isEqualTo("Joint ops");
  }

  @Test
  void aGivenNameIsWhatTheReportShows() {
    Stage named = new Stage("ISAF_LEAD", "ISAF lead", "", List.of(), null);
    assertThat(StageStyle.label(named)).isEqualTo("ISAF lead");
  }
}
