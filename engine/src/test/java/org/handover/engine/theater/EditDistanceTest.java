package org.handover.engine.theater;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertThat(EditDistance.between("", "")).isZero();
    assertThat(EditDistance.between("", "abc")).isEqualTo(3);
    assertThat(EditDistance.between("abc", "")).isEqualTo(3);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("irbil", "erbil")).isEqualTo(1);
    assertThat(EditDistance.between("flaw", "lawn")).isEqualTo(2);
  }

  @Test
  void isSymmetric() {
    assertThat(EditDistance.between("anbar", "basra"))
        .isEqualTo(EditDistance.between("basra", "anbar"));
  }
}
