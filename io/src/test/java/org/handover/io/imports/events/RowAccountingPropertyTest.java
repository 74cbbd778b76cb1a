package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random files with random damage: every row is imported or rejected, never lost; the rejections
 * point at exactly the damaged rows' physical lines, whatever blank lines and quoted line breaks
 * come before them.
 */
class RowAccountingPropertyTest {
  private static final int KINDS = 16;
  private static final Set<Integer> REJECTED = Set.of(5, 6, 7, 8, 9, 14, 15);
  private static final Set<Integer> UNASSIGNED = Set.of(10, 11);

  @TempDir Path dir;

  @Test
  void everyRowIsImportedRejectedOrUnassignedAndRejectionsPointAtTheDamagedLines()
      throws IOException {
    int[] run = {0};
    qt().withFixedSeed(42)
        .withExamples(25)
        .forAll(lists().of(integers().between(0, KINDS - 1)).ofSizeBetween(1, 30))
        .checkAssert(
            kinds -> {
              int preamble = kinds.size() % 3; // lines before the header, skipped by the mapping
              Path mapping = dir.resolve("mapping-" + run[0] + ".yaml");
              Path file = dir.resolve("events-" + run[0]++ + ".csv");
              writeMapping(mapping, preamble);
              Expected expected = write(file, kinds, preamble);
              try (Store store = TheaterFixture.iraq()) {
                ImportReport r =
                    EventImporter.importFile(
                        store,
                        EventImportRequest.of("iraq", EventFormat.CSV, file).withMapping(mapping));
                assertThat(r.rowsRead()).isEqualTo(kinds.size() + 1);
                assertThat(r.rowsImported() + r.rowsRejected()).isEqualTo(r.rowsRead());
                assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(r.rowsImported());
                assertThat(r.rowsUnassigned()).isEqualTo(expected.unassigned());
                assertThat(new TreeSet<>(r.rejections().stream().map(Rejection::line).toList()))
                    .isEqualTo(expected.rejectedLines());
              }
            });
  }

  private record Expected(TreeSet<Long> rejectedLines, long unassigned) {}

  /**
   * Row 0 is always clean (so a duplicate has something to repeat); kind k damages row i as listed
   * below.
   */
  private static void writeMapping(Path mapping, int skipLines) {
    try {
      Files.writeString(
          mapping,
          "source: random\nskip_lines: "
              + skipLines
              + "\ncolumns:\n  id: id\n  start_date: start\n"
              + "  end_date: end\n  region: region\n  location: place\n  deaths_low: low\n  deaths_best: best\n"
              + "  deaths_high: high\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Expected write(Path file, List<Integer> kinds, int preamble) {
    List<Integer> all = new ArrayList<>();
    all.add(0);
    all.addAll(kinds);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < preamble; i++) {
      s.append("\"exported by a test, line ").append(i + 1).append("\"\n");
    }
    s.append("id,start,end,region,place,low,best,high\n");
    long line = preamble + 2;
    TreeSet<Long> rejected = new TreeSet<>();
    long unassigned = 0;
    LocalDate day = LocalDate.of(2010, 1, 1);
    String[] regions = {"Baghdad", "Arbil", "Basra", "Dhi Quar"};
    for (int i = 0; i < all.size(); i++) {
      int kind = all.get(i);
      if (kind == 13) {
        s.append('\n');
        line++;
      }
      LocalDate start = day.plusDays(i);
      String id = kind == 8 ? "" : kind == 14 ? "e0" : "e" + i;
      String startText = kind == 5 ? "2010-02-30" : start.toString();
      String end = kind == 9 ? start.minusDays(1).toString() : start.plusDays(i % 3).toString();
      String region = kind == 10 ? "Atlantis" : kind == 11 ? "" : regions[i % regions.length];
      String place = kind == 12 ? "\"market,\nnorth side\"" : "place " + i;
      String low = kind == 7 ? "5" : "1";
      String best = kind == 6 ? "-1" : kind == 7 ? "4" : "2";
      String high = kind == 7 ? "3" : "3";
      s.append(String.join(",", id, startText, end, region, place, low, best, high));
      if (kind == 15) {
        s.append(",surplus");
      }
      s.append('\n');
      if (REJECTED.contains(kind)) {
        rejected.add(line);
      } else if (UNASSIGNED.contains(kind)) {
        unassigned++;
      }
      line += kind == 12 ? 2 : 1;
    }
    try {
      Files.writeString(file, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Expected(rejected, unassigned);
  }
}
