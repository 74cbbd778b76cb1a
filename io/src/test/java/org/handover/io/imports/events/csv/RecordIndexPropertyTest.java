package org.handover.io.imports.events.csv;

import static de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.io.imports.ImportLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record index splits files exactly as FastCSV does: same records, same starting lines, same
 * fields.
 */
class RecordIndexPropertyTest {
  @TempDir Path dir;

  @Test
  void agreesWithFastCsvOnQuotesLineBreaksAndBlankLines() {
    int[] run = {0};
    qt().withFixedSeed(7)
        .withExamples(200)
        .forAll(
            lists()
                .of(
                    lists()
                        .of(strings().basicLatinAlphabet().ofLengthBetween(0, 6))
                        .ofSizeBetween(1, 4))
                .ofSizeBetween(1, 40),
            integers().between(0, 3))
        .checkAssert(
            (records, blankEvery) -> {
              Path file = dir.resolve("f" + run[0]++ + ".csv");
              write(file, records, blankEvery);
              List<CsvRecord> expected = read(file);
              RecordIndex index = RecordIndex.build(file, ',', true);
              assertThat(index.records()).isEqualTo(expected.size());
              for (int i = 0; i < expected.size(); i++) {
                RecordIndex.Span span = index.record(i);
                assertThat(span.line())
                    .as("line of record %d", i)
                    .isEqualTo(expected.get(i).getStartingLineNumber());
                assertThat(CsvReader.builder().ofSingleCsvRecord(index.text(span)).getFields())
                    .isEqualTo(expected.get(i).getFields());
                assertThat(index.indexAt(span.start())).isEqualTo(i);
              }
              assertThat(index.sha256()).isEqualTo(ImportLog.sha256(file));
            });
  }

  @Test
  void wordAtATimeScanAgreesWithByteByByteScan() {
    // Long runs of plain bytes (the skipped words) mixed with every byte that changes state.
    byte[] alphabet = "aaaaaaaaaaaaaaaabc,,,\"\"\r\n\n".getBytes(StandardCharsets.US_ASCII);
    int[] run = {0};
    qt().withFixedSeed(11)
        .withExamples(150)
        .withShrinkCycles(20)
        .forAll(
            lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 20000),
            integers().between(0, 4))
        .checkAssert(
            (picks, plainRun) -> {
              byte[] bytes = new byte[picks.size()];
              for (int i = 0; i < bytes.length; i++) {
                // every few bytes, force a plain one so eight-byte plain words occur often
                bytes[i] = i % (plainRun + 2) == 0 ? (byte) 'x' : alphabet[picks.get(i)];
              }
              Path file = dir.resolve("w" + run[0]++ + ".csv");
              try {
                Files.write(file, bytes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              RecordIndex fast = RecordIndex.build(file, ',', true);
              ByteByByteScan reference = ByteByByteScan.of(bytes, (byte) ',');
              assertThat(fast.records()).isEqualTo(reference.records());
              assertThat(fast.checkpoints()).isEqualTo(reference.checkpoints());
              assertThat(fast.sha256()).isEqualTo(ImportLog.sha256(file));
            });
  }

  private static void write(Path file, List<List<String>> records, int blankEvery) {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
      for (int i = 0; i < records.size(); i++) {
        List<String> r = records.get(i);
        if (r.size() == 1 && r.get(0).isEmpty()) {
          continue; // an empty single field would be a blank line, which is no record
        }
        w.writeRecord(r);
        if (blankEvery > 0 && i % (blankEvery + 1) == 0) {
          out.write("\r\n");
        }
      }
      Files.writeString(file, out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CsvRecord> read(Path file) {
    try (CsvReader<CsvRecord> r =
        CsvReader.builder()
            .extraFieldStrategy(IGNORE)
            .missingFieldStrategy(IGNORE)
            .ofCsvRecord(file)) {
      return r.stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
