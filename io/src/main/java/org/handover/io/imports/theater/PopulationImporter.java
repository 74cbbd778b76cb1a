package org.handover.io.imports.theater;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.Staging;
import org.handover.io.imports.StrictNumber;
import org.handover.io.store.Store;

/**
 * Imports populations (residents per region, with the year they refer to) from CSV into the
 * theater's regions. A later import overwrites the population of the regions it names.
 */
public final class PopulationImporter {
  public static final String KIND = "population";

  /**
   * The largest population a region may have: above the most populous country on earth (about
   * 1.4e9), so a larger figure is a typing or unit error.
   */
  static final double MAX_POPULATION = 2e9;

  /**
   * @param regionColumn the region name column; '|' separates alternatives tried in order
   * @param yearColumn optional; when the file has no such column the year is left empty
   */
  public record Options(
      String theater,
      String regionColumn,
      String populationColumn,
      String yearColumn,
      boolean strict) {
    public Options {
      Objects.requireNonNull(theater, "theater");
      Objects.requireNonNull(regionColumn, "regionColumn");
      Objects.requireNonNull(populationColumn, "populationColumn");
      Objects.requireNonNull(yearColumn, "yearColumn");
    }

    /** Columns {@code governorate|region}, {@code population}, {@code year}. */
    public static Options defaults(String theater) {
      return new Options(theater, "governorate|region", "population", "year", false);
    }

    public Options withColumns(String region, String population, String year) {
      return new Options(theater, region, population, year, strict);
    }

    public Options strict(boolean s) {
      return new Options(theater, regionColumn, populationColumn, yearColumn, s);
    }
  }

  private record Value(RegionId region, double population, Integer year) {}

  private PopulationImporter() {}

  public static ImportReport importFile(Store store, Path file, Options options) {
    RegionResolver resolver = KnownRegions.require(store, options.theater(), "populations");
    CsvFile csv = CsvFile.read(file);
    String regionCol = csv.column(options.regionColumn());
    String popCol = csv.column(options.populationColumn());
    Optional<String> yearCol = csv.findColumn(options.yearColumn());
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("region_column", regionCol);
    opts.put("population_column", popCol);
    opts.put("year_column", yearCol.orElse(null));
    ImportRun run = ImportRun.start(store, options.theater(), KIND, file, opts);
    List<Value> values = new ArrayList<>();
    Map<RegionId, Long> seen = new HashMap<>();
    for (CsvFile.Row row : csv.rows()) {
      String name = row.get(regionCol);
      if (run.rejectsControlCharacters(row, regionCol, name, "region name")) {
        continue;
      }
      Optional<RegionId> region = resolver.resolve(name);
      if (name.isEmpty()) {
        run.reject(row, regionCol, name, "region name is blank");
        continue;
      }
      if (region.isEmpty()) {
        run.unknownRegion(row, regionCol, name, resolver);
        continue;
      }
      String text = row.get(popCol);
      double population;
      try {
        population = StrictNumber.parseGrouped(text);
      } catch (NumberFormatException e) {
        run.reject(
            row,
            popCol,
            text,
            "population is not a number ("
                + StrictNumber.RULE
                + "; thousands may be grouped as 1,234,567)");
        continue;
      }
      if (!(population > 0) || population > MAX_POPULATION) {
        run.reject(
            row,
            popCol,
            text,
            "population must be more than 0 and at most 2e9 (the most populous country has about"
                + " 1.4e9 residents; per-capita rates divide by it)");
        continue;
      }
      Integer year = null;
      if (yearCol.isPresent() && !row.get(yearCol.get()).isEmpty()) {
        String y = row.get(yearCol.get());
        try {
          year = StrictNumber.parseInt(y);
        } catch (NumberFormatException e) {
          run.reject(row, yearCol.get(), y, "year is not a whole number");
          continue;
        }
      }
      Long first = seen.putIfAbsent(region.get(), row.line());
      if (first != null) {
        run.reject(
            row,
            regionCol,
            name,
            "second population for " + region.get() + " (first on line " + first + ")");
        continue;
      }
      values.add(new Value(region.get(), population, year));
    }
    Set<String> missing = new TreeSet<>();
    resolver.regions().forEach(r -> missing.add(r.name()));
    values.forEach(v -> missing.remove(v.region().name()));
    if (!missing.isEmpty()) {
      run.note(
          "no population in this file for "
              + missing.size()
              + " region(s): "
              + String.join(", ", missing));
    }
    return run.commit(
        options.strict(),
        csv.rows().size(),
        (c, importId) -> {
          try (Staging staging =
              Staging.create(
                  c,
                  "handover_population_staging",
                  "region VARCHAR, population DOUBLE, year INTEGER")) {
            try (DuckDBAppender appender = staging.appender()) {
              for (Value v : values) {
                appender.beginRow().append(v.region().name()).append(v.population());
                if (v.year() == null) {
                  appender.appendNull();
                } else {
                  appender.append(v.year().intValue());
                }
                appender.endRow();
              }
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "UPDATE regions SET population = s.population, population_year = s.year "
                        + "FROM "
                        + staging.table()
                        + " s WHERE regions.theater = ? AND regions.region = s.region")) {
              ps.setString(1, options.theater());
              ps.executeUpdate();
            }
          }
          return values.size();
        });
  }

  static final ImportOption REGION_COLUMN =
      ImportOption.of(
          "region_column",
          "column naming the region; a|b tries a, then b (default: governorate|region)");
  static final ImportOption POPULATION_COLUMN =
      ImportOption.of(
          "population_column",
          "column holding the population (default: population); thousands may be grouped in"
              + " threes: 1,234,567");
  static final ImportOption YEAR_COLUMN =
      ImportOption.of("year_column", "column holding the census or estimate year (default: year)");

  /** This importer as the registry runs it. */
  public static Importer importer() {
    return Importer.of(
        KIND, List.of(REGION_COLUMN, POPULATION_COLUMN, YEAR_COLUMN), PopulationImporter::run);
  }

  private static ImportReport run(Store store, String theater, ImportSpec spec) {
    Options o =
        Options.defaults(theater)
            .withColumns(
                spec.option(REGION_COLUMN).orElse("governorate|region"),
                spec.option(POPULATION_COLUMN).orElse("population"),
                spec.option(YEAR_COLUMN).orElse("year"))
            .strict(spec.flag(ImportOption.STRICT));
    return importFile(store, spec.file(), o);
  }
}
