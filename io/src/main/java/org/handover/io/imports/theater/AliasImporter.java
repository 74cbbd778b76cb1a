package org.handover.io.imports.theater;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionNames;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.Staging;
import org.handover.io.store.Store;

/**
 * Imports region name aliases ("Dhi Quar" -> Dhi Qar) from CSV. Aliases accumulate: an import adds
 * its aliases and re-points any alias it redefines (listed in the notes); aliases are stored
 * normalised (see {@link RegionNames#normalise}).
 */
public final class AliasImporter {
  public static final String KIND = "aliases";

  public record Options(String theater, String aliasColumn, String regionColumn, boolean strict) {
    public Options {
      Objects.requireNonNull(theater, "theater");
      Objects.requireNonNull(aliasColumn, "aliasColumn");
      Objects.requireNonNull(regionColumn, "regionColumn");
    }

    /** Columns {@code alias} and {@code region|governorate}. */
    public static Options defaults(String theater) {
      return new Options(theater, "alias", "region|governorate", false);
    }

    public Options withColumns(String alias, String region) {
      return new Options(theater, alias, region, strict);
    }

    public Options strict(boolean s) {
      return new Options(theater, aliasColumn, regionColumn, s);
    }
  }

  private AliasImporter() {}

  public static ImportReport importFile(Store store, Path file, Options options) {
    RegionResolver resolver = KnownRegions.require(store, options.theater(), "aliases");
    Map<String, RegionId> canonical = new HashMap<>();
    resolver.regions().forEach(r -> canonical.put(RegionNames.normalise(r.name()), r));
    CsvFile csv = CsvFile.read(file);
    String aliasCol = csv.column(options.aliasColumn());
    String regionCol = csv.column(options.regionColumn());
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("alias_column", aliasCol);
    opts.put("region_column", regionCol);
    ImportRun run = ImportRun.start(store, options.theater(), KIND, file, opts);
    Map<String, RegionId> aliases = new LinkedHashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    for (CsvFile.Row row : csv.rows()) {
      String alias = row.get(aliasCol);
      String name = row.get(regionCol);
      if (run.rejectsControlCharacters(row, aliasCol, alias, "alias")
          || run.rejectsControlCharacters(row, regionCol, name, "region name")) {
        continue;
      }
      if (RegionNames.normalise(alias).isEmpty()) {
        run.reject(row, aliasCol, alias, "alias is blank");
        continue;
      }
      Optional<RegionId> region = Optional.ofNullable(canonical.get(RegionNames.normalise(name)));
      if (region.isEmpty()) {
        // The target must be a canonical name (or resolve through an existing alias).
        region = resolver.resolve(name);
      }
      if (region.isEmpty()) {
        run.unknownRegion(row, regionCol, name, resolver);
        continue;
      }
      String key = RegionNames.normalise(alias);
      RegionId owner = canonical.get(key);
      if (owner != null) {
        if (!owner.equals(region.get())) {
          run.reject(
              row,
              aliasCol,
              alias,
              "alias '" + alias + "' is the name of region " + owner + ", not of " + region.get());
        } else {
          run.note(
              "line "
                  + row.line()
                  + ": '"
                  + alias
                  + "' is already the name of "
                  + owner
                  + " (no alias needed)");
        }
        continue;
      }
      RegionId earlier = aliases.putIfAbsent(key, region.get());
      if (earlier != null && !earlier.equals(region.get())) {
        run.reject(
            row,
            aliasCol,
            alias,
            "alias '"
                + alias
                + "' already points at "
                + earlier
                + " (line "
                + lineOf.get(key)
                + ")");
        continue;
      }
      lineOf.putIfAbsent(key, row.line());
    }
    return run.commit(
        options.strict(),
        csv.rows().size(),
        (c, importId) -> {
          Map<String, String> stored = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT alias, region FROM region_aliases WHERE theater = ?")) {
            ps.setString(1, options.theater());
            try (var rs = ps.executeQuery()) {
              while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
              }
            }
          }
          for (Map.Entry<String, RegionId> a : aliases.entrySet()) {
            String before = stored.get(a.getKey());
            if (before != null && !before.equals(a.getValue().name())) {
              run.note(
                  "alias '" + a.getKey() + "' re-pointed from " + before + " to " + a.getValue());
            }
          }
          try (Staging staging =
              Staging.create(c, "handover_alias_staging", "alias VARCHAR, region VARCHAR")) {
            try (DuckDBAppender appender = staging.appender()) {
              for (Map.Entry<String, RegionId> a : aliases.entrySet()) {
                appender.beginRow().append(a.getKey()).append(a.getValue().name()).endRow();
              }
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO region_aliases (theater, alias, region, import_id) "
                        + "SELECT ?, alias, region, ? FROM "
                        + staging.table()
                        + " "
                        + "ON CONFLICT (theater, alias) DO UPDATE SET region = excluded.region, import_id = excluded.import_id")) {
              ps.setString(1, options.theater());
              ps.setLong(2, importId);
              ps.executeUpdate();
            }
          }
          return aliases.size();
        });
  }

  static final ImportOption ALIAS_COLUMN =
      ImportOption.of("alias_column", "column holding the other name (default: alias)");
  static final ImportOption REGION_COLUMN =
      ImportOption.of(
          "region_column",
          "column naming the region; a|b tries a, then b (default: region|governorate)");

  /** This importer as the registry runs it. */
  public static Importer importer() {
    return Importer.of(KIND, List.of(ALIAS_COLUMN, REGION_COLUMN), AliasImporter::run);
  }

  private static ImportReport run(Store store, String theater, ImportSpec spec) {
    Options o =
        Options.defaults(theater)
            .withColumns(
                spec.option(ALIAS_COLUMN).orElse("alias"),
                spec.option(REGION_COLUMN).orElse("region|governorate"))
            .strict(spec.flag(ImportOption.STRICT));
    return importFile(store, spec.file(), o);
  }
}
