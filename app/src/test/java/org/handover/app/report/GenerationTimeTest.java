package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.handover.engine.HandoverException;
import org.junit.jupiter.api.Test;

class GenerationTimeTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2025-11-21T09:14:00Z"), ZoneOffset.UTC);

  @Test
  void withoutTheVariableItIsNow() {
    assertThat(GenerationTime.of(Map.of(), NOW)).isEqualTo(NOW.instant());
  }

  @Test
  void theVariableIsSecondsSinceTheEpochInUtc() {
    assertThat(GenerationTime.of(Map.of("SOURCE_DATE_EPOCH", "1183248000"), NOW))
        .isEqualTo(Instant.parse("2007-07-01T00:00:00Z"));
    assertThat(GenerationTime.of(Map.of("SOURCE_DATE_EPOCH", "0"), NOW)).isEqualTo(Instant.EPOCH);
  }

  @Test
  void anythingElseIsAClearError() {
    for (String bad :
        new String[] {"", "yesterday", "-1", "1.5", "1e9", "2007-07-01", "99999999999999"}) {
      assertThatThrownBy(() -> GenerationTime.of(Map.of("SOURCE_DATE_EPOCH", bad), NOW))
          .as(bad)
          .isInstanceOf(HandoverException.class)
          .hasMessageContaining("SOURCE_DATE_EPOCH")
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
