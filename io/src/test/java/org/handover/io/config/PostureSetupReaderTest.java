package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handover.engine.scenario.PostureSetup;
import org.handover.engine.scenario.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posture files: the built-in Iraq one reads with its stated split, and every mistake names the
 * file, the line and the key.
 */
class PostureSetupReaderTest {
  static final Path IRAQ = Path.of("../data/iraq/scenarios/posture.yaml");

  /** Lines 1-3; role shares start on line 4. */
  private static final String HEAD =
      "posture: t\ntroop_variables: [national_foreign_troops]\nrole_shares:\n";

  @TempDir Path dir;

  @Test
  void readsTheBuiltInIraqPosture() {
    PostureSetup s = PostureSetupReader.read(IRAQ);
    assertThat(s.troopVariables())
        .containsExactly("national_foreign_troops", "national_coalition_troops");
    assertThat(s.carryMonths()).isEqualTo(24);
    assertThat(s.regionWeights()).isEqualTo("deaths_and_population");
    assertThat(s.roleShares()).hasSize(Role.values().length);
    assertThat(s.roleShares().get(Role.COMBAT)).isEqualTo(0.55);
    assertThat(s.roleShares().get(Role.ADVISE_ASSIST)).isEqualTo(0.04);
    assertThat(s.roleShares().get(Role.TRAINING)).isEqualTo(0.02);
    assertThat(s.roleShares().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.localForces()).contains("local_force_personnel");
    assertThat(s.foreignTroops()).contains("national_foreign_troops");
    assertThat(s.population()).contains("population");
    assertThat(s.note()).startsWith("Illustrative split");
  }

  @Test
  void theDocsShowTheBuiltInPostureAsItIs() throws IOException {
    Path shown =
        Files.writeString(
            dir.resolve("shown.yaml"), PolicyReaderTest.yamlBlockOfTheDocs("posture: iraq"));
    assertThat(PostureSetupReader.read(shown)).isEqualTo(PostureSetupReader.read(IRAQ));
  }

  @Test
  void defaultsAreTwoYearsOfCarryAndPopulationWeights() throws IOException {
    PostureSetup s = PostureSetupReader.read(write(HEAD + "  combat: 0.5\n  training: 0.5\n"));
    assertThat(s.carryMonths()).isEqualTo(24);
    assertThat(s.regionWeights()).isEqualTo("population");
    assertThat(s.troopVariables()).isEqualTo(List.of("national_foreign_troops"));
    assertThat(s.localForces()).isEqualTo(Optional.empty());
    assertThat(s.note()).isEmpty();
  }

  @Test
  void roleSharesMustSumToOne() throws IOException {
    ConfigException e = error(HEAD + "  combat: 0.5\n  training: 0.4\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.key()).isEqualTo("role_shares");
    assertThat(e.getMessage()).contains("p.yaml:4").contains("the role shares sum to 0.9");
  }

  @Test
  void anUnknownRoleOrAShareOutsideZeroToOneIsRefused() throws IOException {
    ConfigException e = error(HEAD + "  combat: 0.5\n  cooks: 0.5\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("role_shares.cooks");
    assertThat(e.getMessage()).contains("unknown role 'cooks'");

    e = error(HEAD + "  combat: 1.5\n  training: -0.5\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.key()).isEqualTo("role_shares.combat");
    assertThat(e.getMessage()).contains("a share is between 0 and 1, not 1.5");

    e = error("posture: t\ntroop_variables: [x]\nrole_shares: [combat]\n");
    assertThat(e.key()).isEqualTo("role_shares");
    assertThat(e.getMessage()).contains("expected each role's share");
  }

  @Test
  void unknownRegionWeightsAreNamedWithTheKnownOnes() throws IOException {
    ConfigException e = error(HEAD + "  combat: 1\nregion_weights: area\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("region_weights");
    assertThat(e.getMessage())
        .contains("expected one of population, deaths, deaths_and_population, not 'area'");
  }

  @Test
  void carryMonthsOutOfRangeAreRefused() throws IOException {
    ConfigException e = error(HEAD + "  combat: 1\ncarry_months: 0\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("carry_months");
    assertThat(e.getMessage()).contains("expected 1 to 600 months, not 0");
  }

  @Test
  void troopVariablesMustNameOne() throws IOException {
    ConfigException e = error("posture: t\ntroop_variables: []\nrole_shares: {combat: 1}\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("'troop_variables' must name at least one");
  }

  @Test
  void anUnknownTopLevelKeyIsRefused() throws IOException {
    ConfigException e = error(HEAD + "  combat: 1\nregion_weight: deaths\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("region_weight");
    assertThat(e.getMessage())
        .contains("unknown key 'region_weight' (did you mean 'region_weights'?)");
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtItsSecondLine() throws IOException {
    ConfigException e = error(HEAD + "  combat: 0.5\n  combat: 0.5\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("p.yaml:5").contains("Duplicate field 'combat'");
  }

  @Test
  void aMissingPostureNameIsRefused() throws IOException {
    ConfigException e = error("troop_variables: [x]\nrole_shares: {combat: 1}\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("missing required key 'posture'");
  }

  private ConfigException error(String yaml) throws IOException {
    Path f = write(yaml);
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> PostureSetupReader.read(f));
    assertThat(e).as("expected a ConfigException for:\n" + yaml).isNotNull();
    assertThat(e.file()).isEqualTo(f);
    return e;
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("p.yaml"), yaml);
  }
}
