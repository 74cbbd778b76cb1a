package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Data written to attack whoever reads the outputs: formulas for spreadsheets, escape sequences for
 * terminals. CSV cells cannot become formulas (numbers stay numbers), and nothing printed for a
 * person carries a control character, while the stored data and the JSON keep every character.
 */
class HostileTextTest {
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"click\")";

  /** Sets the window title, rings the bell, clears the screen; then a C1 CSI. */
  static final String ESCAPES = "\u001b]0;pwned\u0007\u001b[2J\u009b31mnote";

  /** Shown in the ledger's table; a formula for a spreadsheet, escapes for a terminal. */
  static final String DECIDED_BY = FORMULA + " " + ESCAPES;

  @TempDir static Path dir;
  static Path db;

  record Run(int exit, String out, String err) {}

  /** Like the real terminal: picocli's writers over a byte stream, flushed at each line. */
  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CommandLine cl = HandoverCommand.commandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  static Run inDb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db.toString());
    return run(all.toArray(String[]::new));
  }

  static List<List<String>> csv(String text) {
    return CsvReader.builder().ofCsvRecord(text).stream().map(CsvRecord::getFields).toList();
  }

  /** No control character but newline and tab: nothing a terminal would act on. */
  static void assertPrintable(String text) {
    assertThat(
            text.chars()
                .filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)))
        .as(text)
        .isEmpty();
  }

  @BeforeAll
  static void loadExampleAndRecordAHostileDecision() {
    db = dir.resolve("iraq.duckdb");
    Run r = run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Run decide =
        inDb(
            "decide",
            "--region",
            "Basra",
            "--to",
            "LOCAL_CONTROL",
            "--effective",
            "2007-12-20",
            "--decided-by",
            DECIDED_BY,
            "--note",
            ESCAPES,
            "--id",
            "hostile");
    assertThat(decide.exit()).as(decide.err()).isZero();
    assertPrintable(decide.out());
  }

  @Test
  void csvTextCellsAreNeutralisedAndQuoted() {
    Run r = inDb("decisions", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"'" + DECIDED_BY.replace("\"", "\"\""));
    List<List<String>> rows = csv(r.out());
    List<String> header = rows.get(0);
    List<String> hostile =
        rows.stream().filter(row -> row.get(0).equals("hostile")).findFirst().orElseThrow();
    assertThat(hostile.get(header.indexOf("decided_by"))).isEqualTo("'" + DECIDED_BY);
    // the note starts with no formula character: it is data, kept as stored
    assertThat(hostile.get(header.indexOf("note"))).isEqualTo(ESCAPES);
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
      }
    }
  }

  @Test
  void negativeNumbersInCsvStayNumbers() {
    Run r = inDb("assess", "--as-of", "2007-06", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<List<String>> rows = csv(r.out());
    int margin = rows.get(0).indexOf("margin");
    assertThat(rows.stream().skip(1).map(row -> row.get(margin)))
        .anyMatch(m -> m.startsWith("-") && Double.parseDouble(m) < 0);
    assertThat(r.out()).doesNotContain("'-");
  }

  @Test
  void exportedTablesAreNeutralisedToo() throws Exception {
    Path out = dir.resolve("export");
    Run r = inDb("export", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String decisions = Files.readString(out.resolve("decisions.csv"));
    assertThat(decisions)
        .contains("'" + FORMULA.replace("\"", "\"\""))
        .doesNotContain("," + FORMULA);
  }

  @Test
  void tablesShowControlCharactersEscaped() {
    Run r = inDb("decisions", "--region", "Basra");
    assertThat(r.exit()).as(r.err()).isZero();
    assertPrintable(r.out());
    assertThat(r.out()).contains("\\x1b]0;pwned\\x07\\x1b[2J\\u009b31mnote");
  }

  @Test
  void jsonKeepsTheDataAndEscapesEveryControlCharacter() throws Exception {
    Run r = inDb("decisions", "--region", "Basra", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertPrintable(r.out());
    JsonNode entries = new ObjectMapper().readTree(r.out()).get("entries");
    List<String> notes = new ArrayList<>();
    entries.forEach(e -> notes.add(e.get("note").asText()));
    assertThat(notes).contains(ESCAPES);
  }

  @Test
  void errorMessagesQuotingInputShowItEscaped() {
    Run region = inDb("assess", "--region", ESCAPES);
    assertThat(region.exit()).isEqualTo(2);
    assertPrintable(region.err());
    assertThat(region.err()).contains("\\x1b]0;pwned");
    Run option = inDb("assess", "--as-of", ESCAPES);
    assertThat(option.exit()).isEqualTo(2);
    assertPrintable(option.err());
    assertThat(option.err()).contains("\\x1b]0;pwned");
  }

  @Test
  void importSummariesAndRejectsFilesAreSafe() throws Exception {
    Path file = dir.resolve("hostile-decisions.csv");
    Files.writeString(
        file,
        "region,scope,to_stage,effective,decided_by,agreed_by,note\n"
            + "\"-2+3+cmd|' /C calc'!A0\u001b]0;x\u0007\",,LOCAL_CONTROL,2008-01-01,PM,,\n");
    Path rejects = dir.resolve("rejects.csv");
    Run r =
        inDb(
            "import",
            "--theater",
            "iraq",
            "decisions",
            file.toString(),
            "--rejects",
            rejects.toString());
    assertPrintable(r.out());
    assertPrintable(r.err());
    assertThat(r.out() + r.err()).contains("\\x1b]0;x\\x07");
    assertThat(rejects).exists();
    String written = Files.readString(rejects);
    assertThat(written).contains("\"'-2+3+cmd|' /C calc'!A0");
    for (List<String> row : csv(written)) {
      for (String cell : row) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("-2");
      }
    }
  }

  @Test
  void terminalOutputReachesTheTerminal() {
    Run r = inDb("imports");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("iraq-security-transfers.csv");
  }
}
