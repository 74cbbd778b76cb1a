package org.handover.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.page.StageStyle;
import org.handover.engine.benchmark.Stage;
import org.handover.io.config.BenchmarkSetReader;
import org.junit.jupiter.api.Test;

/**
 * A stage without a given name shows, by default, the label the report has always derived from its
 * id, so the report can show {@link Stage#name()} without changing a page built from such a set.
 */
class StageDisplayNameTest {
  @Test
  void theDefaultNameIsTheReportsLabel() {
    List<Stage> stages =
        new ArrayList<>(
            BenchmarkSetReader.read(Path.of("../data/iraq/benchmarks/iraq-pic.yaml")).stages());
    for (String id :
        List.of("ISAF_LEAD", "Joint ops", "joint_ops", "A", "_", "X__Y_", "ÉTAPE_UN")) {
      stages.add(new Stage(id, "", List.of()));
    }
    assertThat(stages).allSatisfy(s -> assertThat(s.name()).isEqualTo(StageStyle.label(s)));
  }
}
