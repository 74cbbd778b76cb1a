package org.handover.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageNameTest {
  @Test
  void aStageWithoutANameShowsWordsFromItsId() {
    assertThat(new Stage("FOREIGN_LEAD", "", List.of()).name()).isEqualTo("Foreign lead");
    assertThat(new Stage("ISAF_LEAD", "", List.of()).name()).isEqualTo("Isaf lead");
    assertThat(new Stage("JOINT", "", List.of(), null).name()).isEqualTo("Joint");
    assertThat(new Stage("Joint_ops", "", List.of()).name()).isEqualTo("Joint ops");
    assertThat(new Stage("_", "", List.of()).name()).isEqualTo("_");
  }

  @Test
  void aGivenNameIsShownAsGiven() {
    Stage s = new Stage("ISAF_LEAD", "ISAF lead", "", List.of(), null);
    assertThat(s.name()).isEqualTo("ISAF lead");
    assertThat(s.id()).isEqualTo("ISAF_LEAD");
    assertThat(s.hysteresis()).isEqualTo(StageHysteresis.defaults("ISAF_LEAD"));
  }

  @Test
  void aBlankNameIsRejected() {
    assertThatThrownBy(() -> new Stage("JOINT", " ", "", List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JOINT");
  }
}
