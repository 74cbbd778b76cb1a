package org.handover.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
  static String write(Object... cells) {
    StringWriter out = new StringWriter();
    SafeCsv csv = SafeCsv.on(out);
    csv.record(cells);
    csv.flush();
    return out.toString();
  }

  static List<String> read(String csv) {
    return CsvReader.builder().ofCsvRecord(csv).stream()
        .findFirst()
        .map(CsvRecord::getFields)
        .orElseThrow();
  }

  @Test
  void textThatStartsAFormulaGetsAQuoteInFrontAndIsQuoted() {
    for (String formula :
        List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1,2)",
            "\t=1",
            "\r=1")) {
      String line = write(formula);
      assertThat(line).as(formula).startsWith("\"'");
      assertThat(read(line)).as(formula).containsExactly("'" + formula);
    }
  }

  @Test
  void numbersStayNumbersWhateverTheirSign() {
    assertThat(write(-0.25, -3, -7L, 1.0, true, null, "plain", "a=b"))
        .isEqualTo("-0.25,-3,-7,1.0,true,,plain,a=b\r\n");
  }

  @Test
  void theTypeDecidesNotTheText() {
    // the text "-0.25" is text: written from a string, it is neutralised like any other
    assertThat(read(write("-0.25"))).containsExactly("'-0.25");
  }

  @Test
  void fieldsOfUnknownTypeKeepPlainNumbersOnly() {
    String line =
        write(
            SafeCsv.untyped("-0.25"),
            SafeCsv.untyped("+12"),
            SafeCsv.untyped("-1e3"),
            SafeCsv.untyped("-2+3"),
            SafeCsv.untyped("=1+1"),
            SafeCsv.untyped("ok"),
            SafeCsv.untyped(null));
    assertThat(read(line)).containsExactly("-0.25", "+12", "-1e3", "'-2+3", "'=1+1", "ok", "");
  }

  @Test
  void sqlNeutralisesLikeJava() throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var s = c.createStatement()) {
      for (String text : Arrays.asList("=1", "+1", "-1", "@a", "\t1", "\r1", "a=1", "", "'=")) {
        try (var r =
            s.executeQuery(
                "SELECT "
                    + CsvCell.sql("x")
                    + " FROM (SELECT ?::VARCHAR AS x)".replace("?", lit(text)))) {
          r.next();
          assertThat(r.getString(1)).as(text).isEqualTo(CsvCell.text(text));
        }
      }
    }
  }

  private static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
