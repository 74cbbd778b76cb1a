package org.handover.io.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {
  static final List<String> STAGES =
      List.of("FOREIGN_LEAD", "JOINT", "LOCAL_LEAD", "LOCAL_CONTROL");

  @TempDir Path dir;

  RegionResolver resolver() {
    try (Store store = PlanStoreTest.iraq()) {
      return new TheaterReader(store).resolver("iraq");
    }
  }

  @Test
  void aPlanFileGivesItsTransitionsAndKeepsEveryOtherFieldInItsDocument() throws Exception {
    Path file = dir.resolve("plan.json");
    Files.writeString(
        file,
        "{\"as_of\": \"2007-06\",\n \"transitions\": [\n"
            + "  {\"region\": \"Basrah\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
            + " \"month\": \"2007-12\", \"tranche\": 2, \"why\": \"ready\"}\n]}\n");
    PlanFile plan = PlanFile.read(file, resolver(), STAGES);
    assertThat(plan.transitions()).hasSize(1);
    assertThat(plan.transitions().get(0).region()).isEqualTo(RegionId.of("Basra"));
    assertThat(plan.transitions().get(0).month()).isEqualTo(YearMonth.of(2007, 12));
    assertThat(plan.document())
        .isEqualTo(
            "{\"as_of\":\"2007-06\",\"transitions\":[{\"from_stage\":\"JOINT\",\"month\":\"2007-12\","
                + "\"region\":\"Basrah\",\"to_stage\":\"LOCAL_CONTROL\",\"tranche\":2,\"why\":\"ready\"}]}");
    assertThat(plan.provenance()).startsWith("file plan.json (sha256 ").hasSize(88);
  }

  @Test
  void everyWrongFieldIsNamedWithItsLineAndPointer() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"transitions\": [\n"
            + "  {\"region\": \"Basra\", \"from_stage\": \"JOINT\", \"to_stage\": \"LOCAL_CONTROL\","
            + " \"month\": \"2007-12\", \"tranche\": 1},\n"
            + "  {\"region\": \"Atlantis\", \"from_stage\": \"JOINT\", \"to_stage\": \"HANDED_OVER\","
            + " \"month\": \"2007-13\", \"tranche\": 0}\n]}\n");
    assertThatThrownBy(() -> PlanFile.read(file, resolver(), STAGES))
        .hasMessageContaining(
            file + " line 3, transition 2 (/transitions/1/region): unknown region 'Atlantis'")
        .hasMessageContaining(
            "(/transitions/1/to_stage): stage HANDED_OVER is not in the benchmark set")
        .hasMessageContaining("(/transitions/1/month): '2007-13' is not a month (YYYY-MM)")
        .hasMessageContaining("(/transitions/1/tranche): 0 is not a whole number of 1 or more")
        .hasMessageNotContaining("/transitions/0/");
  }

  @Test
  void aRegionMovedTwiceBetweenTheSameStagesOrToItsOwnStageIsNamed() throws Exception {
    Path file = dir.resolve("twice.json");
    String t =
        "{\"region\": \"%s\", \"from_stage\": \"JOINT\", \"to_stage\": \"%s\","
            + " \"month\": \"2007-12\", \"tranche\": 1}";
    Files.writeString(
        file,
        "{\"transitions\": [\n"
            + String.format(t, "Basra", "LOCAL_CONTROL")
            + ",\n"
            + String.format(t, "Basrah", "LOCAL_CONTROL")
            + ",\n"
            + String.format(t, "Najaf", "JOINT")
            + "\n]}");
    assertThatThrownBy(() -> PlanFile.read(file, resolver(), STAGES))
        .hasMessageContaining(
            "line 3, transition 2 (/transitions/1): Basra moves from JOINT to LOCAL_CONTROL already"
                + " in transition 1 (line 2)")
        .hasMessageContaining(
            "line 4, transition 3 (/transitions/2/to_stage): the same stage as from_stage");
  }

  @Test
  void notJsonOrNoTransitionsIsToldPlainly() throws Exception {
    Path file = dir.resolve("x.json");
    Files.writeString(file, "{\"a\": 1, \"a\": 2}");
    assertThatThrownBy(() -> PlanFile.read(file, resolver(), STAGES))
        .hasMessageContaining(file + " line 1, column")
        .hasMessageContaining("Duplicate field 'a'");
    Files.writeString(file, "{\"steps\": []}");
    assertThatThrownBy(() -> PlanFile.read(file, resolver(), STAGES))
        .hasMessageContaining("no \"transitions\" array");
    assertThatThrownBy(() -> PlanFile.read(dir.resolve("none.json"), resolver(), STAGES))
        .hasMessageContaining("no plan file");
  }
}
