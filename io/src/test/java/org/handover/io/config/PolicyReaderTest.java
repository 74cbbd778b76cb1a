package org.handover.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.handover.engine.scenario.Policy;
import org.handover.engine.scenario.PolicyRule;
import org.handover.engine.scenario.PolicyTime;
import org.handover.engine.scenario.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy files: the built-in ones read as their comments describe them, and every mistake names the
 * file, the line and the key, so that a user can find it.
 */
class PolicyReaderTest {
  static final Path POLICIES = Path.of("../data/iraq/scenarios/policies");

  /** Lines 1-4 of every test file; the rule under test is on line 5. */
  private static final String HEAD = "policy: p\ntitle: T\nsource: S\nrules:\n";

  @TempDir Path dir;

  @Test
  void everyBuiltInPolicyReads() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(POLICIES)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "as-happened.yaml",
            "benchmarks-2006.yaml",
            "combat-mission-end-2021.yaml",
            "immediate-withdrawal-2004.yaml",
            "status-quo.yaml",
            "win-the-peace-2004.yaml");
    for (Path f : files) {
      Policy p = PolicyReader.read(f);
      assertThat(p.name() + ".yaml").as(f.toString()).isEqualTo(f.getFileName().toString());
      assertThat(p.title()).as(f.toString()).isNotBlank();
      assertThat(p.source()).as(f.toString()).isNotBlank();
      assertThat(p.quote()).as(f.toString()).isPresent();
    }
  }

  @Test
  void theBuiltInPoliciesSayWhatTheirCommentsSay() {
    assertThat(PolicyReader.read(POLICIES.resolve("status-quo.yaml")).rules()).isEmpty();
    assertThat(PolicyReader.read(POLICIES.resolve("as-happened.yaml")).rules())
        .containsExactly(new PolicyRule.ReplayDecisions(), new PolicyRule.FollowRecorded());

    Policy end = PolicyReader.read(POLICIES.resolve("combat-mission-end-2021.yaml"));
    assertThat(end.rules())
        .containsExactly(
            new PolicyRule.Withdraw(
                PolicyTime.START,
                // within_months: 5 from start: none left from the fifth month, start+4
                PolicyTime.afterStart(4),
                EnumSet.of(
                    Role.COMBAT, Role.SPECIAL_OPERATIONS, Role.QUICK_REACTION, Role.AIR_SUPPORT),
                Set.of()),
            new PolicyRule.TransferAll("SELF_RELIANT", PolicyTime.afterStart(5)));
    assertThat(end.quote().orElseThrow()).contains("no U.S. forces with a combat role");

    Policy now = PolicyReader.read(POLICIES.resolve("immediate-withdrawal-2004.yaml"));
    assertThat(now.rules())
        .containsExactly(
            new PolicyRule.Withdraw(
                PolicyTime.START, PolicyTime.afterStart(5), EnumSet.allOf(Role.class), Set.of()),
            new PolicyRule.TransferAll("SELF_RELIANT", PolicyTime.afterStart(5)));

    Policy benchmarks = PolicyReader.read(POLICIES.resolve("benchmarks-2006.yaml"));
    assertThat(benchmarks.rules())
        .containsExactly(
            new PolicyRule.TransferWhenRecommended("LOCAL_CONTROL", 1, Optional.empty(), 1),
            new PolicyRule.OnTransfer(
                Set.of(Role.COMBAT), 2, EnumSet.complementOf(EnumSet.of(Role.COMBAT))),
            new PolicyRule.AddTroops(
                PolicyTime.START, PolicyTime.afterStart(12), "US", Role.ADVISE_ASSIST, 5000));

    Policy win = PolicyReader.read(POLICIES.resolve("win-the-peace-2004.yaml"));
    assertThat(win.rules())
        .containsExactly(
            new PolicyRule.ShareBurden(PolicyTime.START, PolicyTime.afterStart(24), "US", 0.5),
            new PolicyRule.AddTroops(
                PolicyTime.START, PolicyTime.afterStart(12), "NATO", Role.TRAINING, 3000),
            new PolicyRule.TrainingThroughput(PolicyTime.START, 2),
            new PolicyRule.TransferWhenRecommended(
                "LOCAL_CONTROL", 1, Optional.of(PolicyTime.at(YearMonth.of(2006, 1))), 0),
            new PolicyRule.OnTransfer(
                Set.of(Role.COMBAT), 6, EnumSet.complementOf(EnumSet.of(Role.COMBAT))));
  }

  @Test
  void timesAreStartStartPlusNOrACalendarMonth() throws IOException {
    Policy p =
        PolicyReader.read(
            write(
                HEAD
                    + "  - withdraw: {roles: [combat, Quick-Reaction], from: start + 3, by: start+9}\n"
                    + "  - ceiling: {troops: 1000, from: 2008-02}\n"
                    + "  - add_troops: {nation: UK, role: training, troops: 10, by: start+1}\n"));
    assertThat(p.rules())
        .containsExactly(
            new PolicyRule.Withdraw(
                PolicyTime.afterStart(3),
                PolicyTime.afterStart(9),
                EnumSet.of(Role.COMBAT, Role.QUICK_REACTION),
                Set.of()),
            new PolicyRule.Ceiling(Optional.empty(), PolicyTime.at(YearMonth.of(2008, 2)), 1000),
            new PolicyRule.AddTroops(
                PolicyTime.START, PolicyTime.afterStart(1), "UK", Role.TRAINING, 10));
  }

  @Test
  void theExampleOfTheDocsReads() throws IOException {
    Policy p = PolicyReader.read(write(yamlBlockOfTheDocs("policy: advisers-and-ceiling")));
    assertThat(p.name()).isEqualTo("advisers-and-ceiling");
    assertThat(p.rules())
        .hasSize(7)
        .contains(
            new PolicyRule.Withdraw(
                PolicyTime.at(YearMonth.of(2008, 1)),
                PolicyTime.at(YearMonth.of(2008, 12)),
                Set.of(Role.AIR_SUPPORT),
                Set.of("UK")),
            new PolicyRule.Ceiling(Optional.empty(), PolicyTime.afterStart(24), 100000));
  }

  /** The fenced YAML block of docs/scenarios.md that contains {@code marker}. */
  static String yamlBlockOfTheDocs(String marker) throws IOException {
    String doc = Files.readString(Path.of("../docs/scenarios.md"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?ms)^```yaml\\n(.*?)^```").matcher(doc);
    while (m.find()) {
      if (m.group(1).contains(marker)) {
        return m.group(1);
      }
    }
    throw new AssertionError("docs/scenarios.md has no YAML block with " + marker);
  }

  @Test
  void anUnknownRuleIsNamedWithTheKnownOnes() throws IOException {
    ConfigException e = error(HEAD + "  - retreat: {}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0]");
    assertThat(e.getMessage())
        .contains("p.yaml:5")
        .contains("unknown rule 'retreat'")
        .contains("transfer_when_recommended");
  }

  @Test
  void aRuleWithTwoKeysIsRefused() throws IOException {
    ConfigException e =
        error(
            HEAD
                + "  - ceiling: {troops: 5}\n"
                + "  - withdraw: {roles: all, within_months: 2}\n"
                + "    ceiling: {troops: 5}\n");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.key()).isEqualTo("rules[1]");
    assertThat(e.getMessage()).contains("each rule is a mapping with one key, its kind");
  }

  @Test
  void anUnknownRoleIsNamedWithTheKnownRoles() throws IOException {
    ConfigException e = error(HEAD + "  - withdraw: {roles: [combat, cooks], within_months: 2}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].withdraw.roles[1]");
    assertThat(e.getMessage()).contains("unknown role 'cooks'").contains("advise_assist");

    e = error(HEAD + "  - add_troops: {nation: US, role: cooks, troops: 5}\n");
    assertThat(e.key()).isEqualTo("rules[0].add_troops.role");
    assertThat(e.getMessage()).contains("unknown role 'cooks'");
  }

  @Test
  void aRoleBothWithdrawnAndKeptIsRefused() throws IOException {
    ConfigException e =
        error(
            HEAD
                + "  - withdraw:\n"
                + "      roles: [combat, logistics]\n"
                + "      within_months: 2\n"
                + "      keep: [training, logistics]\n");
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.key()).isEqualTo("rules[0].withdraw.keep");
    assertThat(e.getMessage()).contains("role logistics cannot be both withdrawn and kept");

    e = error(HEAD + "  - on_transfer: {withdraw: all, within_months: 2, keep: [training]}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].on_transfer.keep");
    assertThat(e.getMessage()).contains("role training cannot be both withdrawn and kept");
  }

  @Test
  void byBeforeFromIsRefused() throws IOException {
    ConfigException e = error(HEAD + "  - withdraw: {roles: all, from: start+6, by: start+2}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].withdraw.by");
    assertThat(e.getMessage()).contains("'by' (start+2) comes before 'from' (start+6)");

    e =
        error(
            HEAD
                + "  - share_burden:\n"
                + "      lead_nation: US\n"
                + "      share: 0.5\n"
                + "      from: 2007-06\n"
                + "      by: 2007-01\n");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.key()).isEqualTo("rules[0].share_burden.by");
    assertThat(e.getMessage()).contains("'by' (2007-01) comes before 'from' (2007-06)");

    e =
        error(
            HEAD
                + "  - add_troops: {nation: US, role: combat, troops: 5, from: start+3, by: start}\n");
    assertThat(e.key()).isEqualTo("rules[0].add_troops.by");
  }

  @Test
  void byAndWithinMonthsTogetherOrNeitherAreRefused() throws IOException {
    ConfigException e = error(HEAD + "  - withdraw: {roles: all, by: start+2, within_months: 3}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].withdraw");
    assertThat(e.getMessage()).contains("give either 'by'");
    e = error(HEAD + "  - withdraw: {roles: all}\n");
    assertThat(e.key()).isEqualTo("rules[0].withdraw");
    assertThat(e.getMessage()).contains("give either 'by'");
  }

  @Test
  void aBadTimeIsRefusedWithWhatIsExpected() throws IOException {
    ConfigException e = error(HEAD + "  - training_throughput: {factor: 2, from: start+x}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].training_throughput.from");
    assertThat(e.getMessage())
        .contains("expected a month (YYYY-MM), 'start' or 'start+N' (N months), not 'start+x'");

    e = error(HEAD + "  - ceiling:\n      troops: 5\n      from: 2007-13\n");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.key()).isEqualTo("rules[0].ceiling.from");
    assertThat(e.getMessage()).contains("not '2007-13'");

    e = error(HEAD + "  - transfer_all: {stage: LOCAL_CONTROL, at: start+601}\n");
    assertThat(e.key()).isEqualTo("rules[0].transfer_all.at");
    assertThat(e.getMessage()).contains("at most start+600");
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() throws IOException {
    ConfigException e =
        error(HEAD + "  - share_burden: {lead_nation: US, share: 1.5, by: start+12}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].share_burden.share");
    assertThat(e.getMessage()).contains("a share is between 0 and 1, not 1.5");

    e = error(HEAD + "  - share_burden: {lead_nation: US, share: -0.1}\n");
    assertThat(e.key()).isEqualTo("rules[0].share_burden.share");
  }

  @Test
  void numbersOutOfRangeAreRefused() throws IOException {
    ConfigException e = error(HEAD + "  - training_throughput: {factor: 101}\n");
    assertThat(e.key()).isEqualTo("rules[0].training_throughput.factor");
    assertThat(e.getMessage()).contains("a throughput factor is between 0 and 100");

    e = error(HEAD + "  - ceiling: {nation: US, troops: -5}\n");
    assertThat(e.key()).isEqualTo("rules[0].ceiling.troops");
    assertThat(e.getMessage()).contains("troops are between 0 and 10,000,000");

    e = error(HEAD + "  - transfer_when_recommended: {stage: JOINT, lag_months: 0}\n");
    assertThat(e.key()).isEqualTo("rules[0].transfer_when_recommended.lag_months");
    assertThat(e.getMessage()).contains("1 to 600 months after it is recommended");

    e = error(HEAD + "  - on_transfer: {withdraw: [combat], within_months: 0}\n");
    assertThat(e.key()).isEqualTo("rules[0].on_transfer.within_months");
    assertThat(e.getMessage()).contains("expected 1 to 600 months, not 0");
  }

  @Test
  void anUnknownKeyInARuleIsNamedWithTheClosestKnownOne() throws IOException {
    ConfigException e =
        error(HEAD + "  - withdraw: {roles: all, within_months: 2, nation: [US]}\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("rules[0].withdraw.nation");
    assertThat(e.getMessage()).contains("unknown key 'nation' (did you mean 'nations'?)");
  }

  @Test
  void aMissingPolicyNameIsRefused() throws IOException {
    ConfigException e = error("title: T\nsource: S\nrules: []\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("p.yaml:1").contains("missing required key 'policy'");
  }

  @Test
  void aBadPolicyNameIsRefused() throws IOException {
    ConfigException e = error("title: T\npolicy: Status Quo\nsource: S\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.key()).isEqualTo("policy");
    assertThat(e.getMessage())
        .contains("lower-case letters, digits, '.', '_' or '-' (up to 64), not 'Status Quo'");
  }

  @Test
  void anUnknownTopLevelKeyIsRefused() throws IOException {
    ConfigException e = error("policy: p\ntitle: T\nsource: S\nrulez: []\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.key()).isEqualTo("rulez");
    assertThat(e.getMessage()).contains("unknown key 'rulez' (did you mean 'rules'?)");
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtItsSecondLine() throws IOException {
    ConfigException e = error("policy: p\ntitle: T\nsource: S\ntitle: U\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("p.yaml:4").contains("Duplicate field 'title'");
  }

  private ConfigException error(String yaml) throws IOException {
    Path f = write(yaml);
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> PolicyReader.read(f));
    assertThat(e).as("expected a ConfigException for:\n" + yaml).isNotNull();
    assertThat(e.file()).isEqualTo(f);
    return e;
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("p.yaml"), yaml);
  }
}
