package org.handover.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictNumberTest {
  @ParameterizedTest
  @CsvSource({
    "12, 12",
    "-0.5, -0.5",
    "+3, 3",
    "' 7 ', 7",
    "1.2e3, 1200",
    "1E-2, 0.01",
    ".5, 0.5",
    "5., 5",
    "007, 7"
  })
  void decimalNumbersReadAsWritten(String text, double value) {
    assertThat(StrictNumber.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "12d",
        "12f",
        "12D",
        "0x1p4",
        "0x10",
        "NaN",
        "Infinity",
        "-Infinity",
        "1_000",
        "1,000",
        "1,2,3",
        "12abc",
        "1e",
        "e5",
        ".",
        "--1",
        "1.2.3",
        "١٢",
        "1e999",
        "½",
        "1 000"
      })
  void anythingElseIsNoNumber(String text) {
    assertThatThrownBy(() -> StrictNumber.parse(text)).isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest
  @CsvSource({"'1,234,567', 1234567", "'-12,345.5', -12345.5", "'999', 999", "'1,000', 1000"})
  void groupedThousandsWhereAKindTakesThem(String text, double value) {
    assertThat(StrictNumber.parseGrouped(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,2,3", "12,34", "1,2345", "1234,567", ",123", "1,,000", "1,000,00"})
  void commasOnlyAsThousandsSeparators(String text) {
    assertThatThrownBy(() -> StrictNumber.parseGrouped(text))
        .isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2010.5", "2e3", "٢٠١٠", "99999999999", "0x7DA", ""})
  void wholeNumbersAreDigitsOnly(String text) {
    assertThatThrownBy(() -> StrictNumber.parseInt(text)).isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "-0.5", "1.2e3", "1_000", "0x10", "Infinity", "12d", " 4 ", "1,0"})
  void duckDbReadsExactlyWhatJavaReads(String text) throws Exception {
    Double expected;
    try {
      expected = StrictNumber.parse(text);
    } catch (NumberFormatException e) {
      expected = null;
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var ps =
            c.prepareStatement(
                "SELECT " + StrictNumber.sql("v") + " FROM (SELECT ?::VARCHAR AS v)")) {
      ps.setString(1, text);
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat((Double) rs.getObject(1)).isEqualTo(expected);
      }
    }
  }
}
