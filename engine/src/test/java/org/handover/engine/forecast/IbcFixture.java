package org.handover.engine.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * Test-only reader of the built-in IBC data into governorate × month fatalities (Reported.Maximum,
 * the figure IBC's own monthly series uses), with multi-day incidents apportioned evenly by day.
 * Stands in for the importer (not part of this module) so the forecast can be tuned on real data.
 */
public final class IbcFixture {
  /** IBC spellings to the adjacency file's names. */
  private static final Map<String, String> ALIASES =
      Map.of("Arbil", "Erbil", "Dahuk", "Dohuk", "Dhi Quar", "Dhi Qar", "Qadisiyyah", "Qadisiyah");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final Path DATA = Path.of("..", "data", "iraq");

  public record Data(
      Theater theater, MonthRange months, double[][] deaths, int rejectedRows, int unassignedRows) {
    public Panel panel() {
      return Panel.empty(theater, months)
          .with(
              Variable.real("deaths_best", VariableKind.EVENT, "IBC maximum recorded deaths"),
              deaths);
    }
  }

  private IbcFixture() {}

  public static Data load(MonthRange months) {
    Theater theater = theater();
    int regions = theater.size();
    double[][] deaths = new double[regions][months.length()];
    int rejected = 0;
    int unassigned = 0;
    List<String> lines = read(DATA.resolve("ibc/IBC_event.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      String province = f[5].strip();
      if (province.equals("NA")) {
        unassigned++;
        continue;
      }
      LocalDate start;
      LocalDate end;
      try {
        start = LocalDate.parse(f[1].strip(), DATE);
        end = LocalDate.parse(f[2].strip(), DATE);
      } catch (DateTimeParseException e) {
        rejected++;
        continue;
      }
      int r = theater.indexOf(RegionId.of(ALIASES.getOrDefault(province, province)));
      double killed = Double.parseDouble(f[4]);
      long days = ChronoUnit.DAYS.between(start, end) + 1;
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        int m = months.offsetOf(YearMonth.from(d));
        if (m >= 0 && m < months.length()) {
          deaths[r][m] += killed / days;
        }
      }
    }
    return new Data(theater, months, deaths, rejected, unassigned);
  }

  /** The 18 governorates with the OCHA/CSO borders of iraq-adjacency.csv. */
  public static Theater theater() {
    List<String> lines = read(DATA.resolve("geo/iraq-adjacency.csv"));
    TreeSet<String> names = new TreeSet<>();
    List<Neighbour> neighbours = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      names.add(f[0]);
      names.add(f[1]);
      if (!f[3].isBlank()) {
        neighbours.add(
            new Neighbour(RegionId.of(f[0]), RegionId.of(f[1]), Double.parseDouble(f[3])));
      }
    }
    return Theater.of("Iraq", names.stream().map(Region::named).toList(), neighbours);
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.ISO_8859_1).stream()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
