package org.handover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.export.AssessmentExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldFilesTest {
  @TempDir Path dir;

  @Test
  void theWorldsBenchmarkSetIsWrittenBesideItsFilesAndJudgesAsTheSetInCode() throws IOException {
    GeneratedWorld world = GeneratedWorld.of(400, 24, 20, 42);
    WorldFiles.write(world, 42, dir);

    Path file = dir.resolve(WorldFiles.BENCHMARKS);
    BenchmarkSet read = BenchmarkSetReader.read(file);
    BenchmarkSet inCode = GeneratedTheater.benchmarkSet(20);
    assertThat(read.description())
        .contains("GENERATED")
        .contains("illustrative")
        .contains("not real");
    assertThat(read.benchmarks()).hasSize(20).isEqualTo(inCode.benchmarks());
    assertThat(read.indicators()).hasSize(6).isEqualTo(inCode.indicators());
    assertThat(read.conditions()).hasSize(4).isEqualTo(inCode.conditions());
    assertThat(read.stages()).hasSize(5).isEqualTo(inCode.stages());
    assertThat(read.name()).isEqualTo(inCode.name());
    assertThat(read.version()).isEqualTo(inCode.version());
    assertThat(read.description()).isEqualTo(inCode.description());
    // import and export of the world need no set: the manifest does not name it
    assertThat(Files.readString(dir.resolve("theater.yaml"))).doesNotContain(WorldFiles.BENCHMARKS);

    // the same judgement, every region in every month, verdict by verdict
    Evaluation fromFile = evaluate(world, read);
    Evaluation fromCode = evaluate(world, inCode);
    List<YearMonth> months = new ArrayList<>();
    world.base.months().forEach(months::add);
    assertThat(months).hasSize(24);
    long rows = 0;
    for (YearMonth m : months) {
      List<List<Object>> a = AssessmentExport.rows(fromFile.assessment(m));
      assertThat(a).as(m.toString()).isEqualTo(AssessmentExport.rows(fromCode.assessment(m)));
      rows += a.size();
    }
    assertThat(rows).isEqualTo(24L * world.theater.size() * 20);
    assertThat(fromFile.metRanks()).isDeepEqualTo(fromCode.metRanks());
    Recommendations a = fromFile.recommendations();
    Recommendations b = fromCode.recommendations();
    for (int r = 0; r < world.theater.size(); r++) {
      for (int m = 0; m < months.size(); m++) {
        assertThat(a.recommendedRank(r, m)).isEqualTo(b.recommendedRank(r, m));
        assertThat(a.state(r, m)).isEqualTo(b.state(r, m));
      }
    }
  }

  @Test
  void theSameSeedWritesTheSameSetFile() throws IOException {
    WorldFiles.write(GeneratedWorld.of(100, 12, 20, 7), 7, dir.resolve("a"));
    WorldFiles.write(GeneratedWorld.of(100, 12, 20, 7), 7, dir.resolve("b"));
    assertThat(Files.readAllBytes(dir.resolve("a").resolve(WorldFiles.BENCHMARKS)))
        .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(WorldFiles.BENCHMARKS)));
  }

  private static Evaluation evaluate(GeneratedWorld world, BenchmarkSet set) {
    Panel withIndicators = IndicatorCalculator.compute(world.base, set.indicators());
    return Assessor.of(set).evaluate(withIndicators, Provenance.of(List.of()));
  }
}
