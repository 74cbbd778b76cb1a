package org.handover.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The options are checked before Spark starts: a mistake costs no cluster time. */
class ScaleMainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScaleMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aMissingRequiredOptionIsAUserError() {
    assertThat(run("--tables", "t", "--out", "o")).isEqualTo(2);
    assertThat(err.toString()).contains("--benchmarks");
  }

  @Test
  void aBenchmarkSetThatIsNotThereIsAUserErrorNamingIt() {
    assertThat(run("--tables", "t", "--out", "o", "--benchmarks", "no-such-set.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-set.yaml: no such file");
  }

  @Test
  void blocksMustBePositive() {
    assertThat(run("--tables", "t", "--out", "o", "--benchmarks", "pom.xml", "--blocks", "0"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--blocks must be at least 1");
  }
}
