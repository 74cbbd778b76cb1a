package org.handover.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionEchoTest {
  @Test
  void aMessageEchoesAtMostTheLimitOfAValue() {
    String secret = "x".repeat(70) + "SECRET-KEY-" + "y".repeat(5000);
    Rejection r = new Rejection("f.csv", 3, "region", secret, "unknown region", secret);
    String message = r.toString();
    assertThat(message)
        .startsWith("f.csv:3: field 'region' = \"" + "x".repeat(70) + "SECRET-KEY")
        .contains("... (" + (secret.length() - Rejection.ECHO_LIMIT) + " more characters)")
        .endsWith(": unknown region")
        .doesNotContain("yyyyy");
    assertThat(message.length()).isLessThan(200);
    // the rejection itself keeps everything, for the store and the rejects file
    assertThat(r.value()).isEqualTo(secret);
    assertThat(r.raw()).isEqualTo(secret);
  }

  @Test
  void shortValuesAreEchoedWhole() {
    assertThat(Rejection.echo("Basra")).isEqualTo("Basra");
    assertThat(Rejection.echo("z".repeat(Rejection.ECHO_LIMIT)))
        .isEqualTo("z".repeat(Rejection.ECHO_LIMIT));
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String emoji = "a".repeat(Rejection.ECHO_LIMIT - 1) + "\uD83D\uDE00" + "tail";
    assertThat(Rejection.echo(emoji)).startsWith("a".repeat(Rejection.ECHO_LIMIT - 1) + "...");
  }
}
