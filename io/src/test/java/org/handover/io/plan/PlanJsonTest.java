package org.handover.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  @Test
  void oneSpellingPerDocument() {
    assertThat(
            PlanJson.canonical(
                "{ \"b\" : [1.50, 15e-1, 100, 1e2, -0.0], \"a\": \"\\u00e9/\" }", "t"))
        .isEqualTo("{\"a\":\"é/\",\"b\":[1.5,1.5,100,100,0]}");
    assertThat(PlanJson.canonical("{\"x\": 1e400}", "t")).isEqualTo("{\"x\":1E+400}");
  }

  @Test
  void aDiffNamesEachChangeByItsJsonPointer() {
    var a = PlanJson.parse("{\"k\": 1, \"a/b\": {\"x\": [1, 2]}, \"gone\": true}", "a");
    var b = PlanJson.parse("{\"k\": 2, \"a/b\": {\"x\": [1, 3, 4]}, \"new~\": null}", "b");
    List<JsonDiff.Change> changes = JsonDiff.of(a, b);
    assertThat(changes)
        .extracting(
            c ->
                c.op()
                    + " "
                    + c.pointer()
                    + " "
                    + c.before().orElse("-")
                    + " "
                    + c.after().orElse("-"))
        .containsExactly(
            "CHANGED /a~1b/x/1 2 3",
            "ADDED /a~1b/x/2 - 4",
            "REMOVED /gone true -",
            "CHANGED /k 1 2",
            "ADDED /new~0 - null");
    assertThat(JsonDiff.of(a, a)).isEmpty();
  }
}
