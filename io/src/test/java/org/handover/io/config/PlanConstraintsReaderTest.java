package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.handover.engine.plan.PlanConstraints;
import org.handover.engine.scenario.Role;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan constraints files: every key read, and every mistake names file, line and key. */
class PlanConstraintsReaderTest {
  static final List<String> STAGES =
      List.of("FOREIGN_LEAD", "JOINT", "LOCAL_LEAD", "LOCAL_CONTROL", "SELF_RELIANT");
  static final RegionResolver RESOLVER =
      RegionResolver.of(
          List.of(RegionId.of("Basra"), RegionId.of("Anbar"), RegionId.of("Najaf")),
          Map.of("al-basrah", RegionId.of("Basra")));

  @TempDir Path dir;

  @Test
  void readsEveryKey() throws IOException {
    PlanConstraints c =
        read(
            """
            plan: full
            note: every key
            target_stage: LOCAL_CONTROL
            transitions: {per_month: 2, months_between_tranches: 3, max_tranches: 4}
            readiness: {min_probability: 0.6}
            min_months_in_stage: {LOCAL_LEAD: 6}
            capacity: {advisers_per_region: 300, trainers_per_region: 100, months: 9, advisers: 5000, trainers: 2000}
            troops:
              keep_on_transfer: {combat: 0.25}
              ceilings:
                - {from: 2008-01, max: 150000}
                - {from: 2009-01, max: 100000}
            contiguity: {enforce: true, allow: [Anbar]}
            fixed:
              al-basrah: 2007-12
            objective: {relapse: 50, troop_months: 2, delay: 3, unmoved: 4}
            relapse_window: 9
            """);
    assertThat(c.name()).isEqualTo("full");
    assertThat(c.targetStage()).contains("LOCAL_CONTROL");
    assertThat(c.perMonth()).hasValue(2);
    assertThat(c.monthsBetweenTranches()).isEqualTo(3);
    assertThat(c.maxTranches()).hasValue(4);
    assertThat(c.minReadiness()).isEqualTo(0.6);
    assertThat(c.minMonthsInStage()).containsEntry("LOCAL_LEAD", 6);
    assertThat(c.capacity().orElseThrow().months()).isEqualTo(9);
    assertThat(c.capacity().orElseThrow().advisers()).hasValue(5000);
    assertThat(c.keepOnTransfer()).containsEntry(Role.COMBAT, 0.25);
    assertThat(c.ceilings())
        .containsExactly(
            new PlanConstraints.Ceiling(YearMonth.of(2008, 1), 150000),
            new PlanConstraints.Ceiling(YearMonth.of(2009, 1), 100000));
    assertThat(c.contiguity()).isTrue();
    assertThat(c.contiguityAllowed()).containsExactly(RegionId.of("Anbar"));
    assertThat(c.fixed()).containsEntry(RegionId.of("Basra"), YearMonth.of(2007, 12));
    assertThat(c.weights()).isEqualTo(new PlanConstraints.Weights(50, 2, 3, 4));
    assertThat(c.relapseWindow()).isEqualTo(9);
  }

  @Test
  void theBuiltInFilesRead() {
    for (String f : List.of("iraq-2007.yaml", "iraq-2006-looking-back.yaml")) {
      PlanConstraints c =
          PlanConstraintsReader.read(Path.of("../data/iraq/plans/" + f), RESOLVER, STAGES);
      assertThat(c.targetStage()).contains("LOCAL_CONTROL");
    }
  }

  @Test
  void mistakesNameFileLineAndKey() throws IOException {
    expect(
        "plan: x\nreadiness: {min_probability: 1.5}\n",
        2,
        "readiness.min_probability",
        "expected a share from 0 to 1, not 1.5");
    expect("plan: x\ntarget_stage: PIC\n", 2, "target_stage", "unknown stage 'PIC'");
    expect(
        "plan: x\nfixed:\n  Basrah City: 2007-12\n",
        3,
        "fixed.Basrah City",
        "unknown region 'Basrah City'");
    expect(
        "plan: x\nfixed:\n  Basra: December\n",
        3,
        "fixed.Basra",
        "expected a month like 2008-01, not 'December'");
    expect(
        "plan: x\ntransitions:\n  per_month: 0\n",
        3,
        "transitions.per_month",
        "expected a whole number from 1");
    expect(
        "plan: x\ntroops:\n  keep_on_transfer: {cooks: 0.5}\n",
        3,
        "troops.keep_on_transfer.cooks",
        "unknown role 'cooks'");
    expect(
        "plan: x\ntroops:\n  ceilings:\n    - {from: 2009-01, max: 1}\n    - {from: 2008-01, max: 1}\n",
        5,
        "troops.ceilings[1].from",
        "month order");
    expect(
        "plan: x\ncontiguity: {enforce: yes please}\n",
        2,
        "contiguity.enforce",
        "expected true or false");
    expect("plan: x\nobjective: {relapse: -1}\n", 2, "objective.relapse", "a weight is 0 or more");
    expect("plan: x\nceiling: 3\n", 2, "ceiling", "");
    expect(
        "plan: x\nmin_months_in_stage: {PIC: 3}\n",
        2,
        "min_months_in_stage.PIC",
        "unknown stage 'PIC'");
  }

  private void expect(String yaml, int line, String key, String message) throws IOException {
    Path f = Files.writeString(dir.resolve("p.yaml"), yaml);
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> PlanConstraintsReader.read(f, RESOLVER, STAGES));
    assertThat(e).as(yaml).isNotNull();
    assertThat(e.getMessage()).contains("p.yaml:" + line).contains(message);
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.key()).as(e.getMessage()).isEqualTo(key);
  }

  private PlanConstraints read(String yaml) throws IOException {
    return PlanConstraintsReader.read(
        Files.writeString(dir.resolve("c.yaml"), yaml), RESOLVER, STAGES);
  }
}
