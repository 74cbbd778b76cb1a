package org.handover.io.imports.theater;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.handover.engine.theater.Adjacency;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.Staging;
import org.handover.io.imports.StrictNumber;
import org.handover.io.store.GridSetting;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.handover.io.store.TheaterReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Imports the pairs of regions that border each other, from a CSV file or computed from the stored
 * region polygons. Either way the import replaces the theater's whole neighbour list.
 */
public final class NeighbourImporter {
  public static final String KIND = "neighbours";

  /**
   * @param weightColumn the shared border length in km, if the file has one
   * @param skipEmptyWeight rows whose weight is empty are not neighbours in this file's sense (e.g.
   *     pairs that only touch in another polygon set): skip them, listing each in the notes
   */
  public record Options(
      String theater,
      String regionAColumn,
      String regionBColumn,
      Optional<String> weightColumn,
      boolean skipEmptyWeight,
      boolean strict) {
    public Options {
      Objects.requireNonNull(theater, "theater");
      Objects.requireNonNull(regionAColumn, "regionAColumn");
      Objects.requireNonNull(regionBColumn, "regionBColumn");
      Objects.requireNonNull(weightColumn, "weightColumn");
    }

    /** Columns {@code region_a|governorate_a|a} and {@code region_b|governorate_b|b}, no weight. */
    public static Options defaults(String theater) {
      return new Options(
          theater,
          "region_a|governorate_a|a",
          "region_b|governorate_b|b",
          Optional.empty(),
          false,
          false);
    }

    public Options withColumns(String a, String b) {
      return new Options(theater, a, b, weightColumn, skipEmptyWeight, strict);
    }

    /**
     * Shared border km from {@code column}; {@code skipEmpty}: rows where it is empty are skipped.
     */
    public Options withWeight(String column, boolean skipEmpty) {
      return new Options(
          theater, regionAColumn, regionBColumn, Optional.of(column), skipEmpty, strict);
    }

    public Options strict(boolean s) {
      return new Options(theater, regionAColumn, regionBColumn, weightColumn, skipEmptyWeight, s);
    }
  }

  /**
   * @param toleranceDegrees how close two boundaries must come to count as shared (real polygon
   *     sets have gaps and overlaps of a few metres); 0.001° is about 100 m
   * @param minSharedKm pairs sharing less border than this (e.g. touching at a corner) are not
   *     neighbours
   */
  public record GeometryOptions(String theater, double toleranceDegrees, double minSharedKm) {
    public static GeometryOptions defaults(String theater) {
      return new GeometryOptions(theater, 0.001, 0.5);
    }
  }

  private NeighbourImporter() {}

  public static ImportReport importFile(Store store, Path file, Options options) {
    RegionResolver resolver = KnownRegions.require(store, options.theater(), "neighbours");
    CsvFile csv = CsvFile.read(file);
    String colA = csv.column(options.regionAColumn());
    String colB = csv.column(options.regionBColumn());
    Optional<String> colW = options.weightColumn().map(csv::column);
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("region_a_column", colA);
    opts.put("region_b_column", colB);
    opts.put("weight_column", colW.orElse(null));
    opts.put("skip_empty_weight", options.skipEmptyWeight());
    ImportRun run = ImportRun.start(store, options.theater(), KIND, file, opts);
    Map<String, PolygonNeighbours.Pair> pairs = new TreeMap<>();
    Map<String, Long> lineOf = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    for (CsvFile.Row row : csv.rows()) {
      Optional<RegionId> a = region(run, resolver, row, colA);
      Optional<RegionId> b = region(run, resolver, row, colB);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      if (a.equals(b)) {
        run.reject(row, colB, row.get(colB), "a region cannot neighbour itself (" + a.get() + ")");
        continue;
      }
      double km = Double.NaN;
      if (colW.isPresent()) {
        String w = row.get(colW.get());
        if (w.isEmpty()) {
          if (options.skipEmptyWeight()) {
            skipped.add(a.get() + "-" + b.get() + " (line " + row.line() + ")");
            continue;
          }
        } else {
          try {
            km = StrictNumber.parse(w);
          } catch (NumberFormatException e) {
            run.reject(
                row,
                colW.get(),
                w,
                "shared border length is not a number (" + StrictNumber.RULE + ")");
            continue;
          }
          if (!(km >= 0) || Double.isInfinite(km)) {
            run.reject(
                row,
                colW.get(),
                w,
                "shared border length must be a finite number of km, zero or more");
            continue;
          }
        }
      }
      RegionId lo = a.get().compareTo(b.get()) < 0 ? a.get() : b.get();
      RegionId hi = lo.equals(a.get()) ? b.get() : a.get();
      String key = lo.name() + "\u0000" + hi.name();
      if (pairs.containsKey(key)) {
        run.reject(
            row,
            colA,
            row.get(colA),
            "pair " + lo + "-" + hi + " already listed on line " + lineOf.get(key));
        continue;
      }
      pairs.put(key, new PolygonNeighbours.Pair(lo.name(), hi.name(), km));
      lineOf.put(key, row.line());
    }
    if (!skipped.isEmpty()) {
      run.note(
          "skipped "
              + skipped.size()
              + " row(s) with an empty "
              + colW.orElse("")
              + " (not neighbours in that column): "
              + String.join(", ", skipped));
    }
    List<PolygonNeighbours.Pair> list = List.copyOf(pairs.values());
    return run.commit(
        options.strict(),
        csv.rows().size(),
        (c, importId) -> replace(c, options.theater(), list, importId));
  }

  /**
   * Computes the neighbour pairs from the theater's stored polygons (see {@link
   * PolygonNeighbours}).
   */
  public static ImportReport computeFromRegions(Store store, GeometryOptions options) {
    KnownRegions.require(store, options.theater(), "computing neighbours");
    Map<String, String> texts = new TreeMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT region, geometry FROM regions WHERE theater = ? ORDER BY region")) {
      ps.setString(1, options.theater());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          texts.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read region geometry: " + e.getMessage(), e);
    }
    List<String> withoutGeometry =
        texts.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
    if (!withoutGeometry.isEmpty()) {
      throw new ImportException(
          "cannot compute neighbours: no geometry stored for " + String.join(", ", withoutGeometry),
          List.of());
    }
    GeoJsonReader reader = new GeoJsonReader();
    Map<String, Geometry> geometries = new TreeMap<>();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Map.Entry<String, String> e : texts.entrySet()) {
      sha.update((e.getKey() + "\n" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      try {
        geometries.put(e.getKey(), reader.read(e.getValue()));
      } catch (ParseException ex) {
        throw new ImportException(
            "stored geometry of region " + e.getKey() + " is unreadable: " + ex.getMessage(), ex);
      }
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("computed_from", "regions.geometry");
    opts.put("tolerance_degrees", options.toleranceDegrees());
    opts.put("min_shared_km", options.minSharedKm());
    ImportRun run =
        ImportRun.derived(
            store,
            options.theater(),
            KIND,
            "regions-geometry",
            HexFormat.of().formatHex(sha.digest()),
            opts);
    List<PolygonNeighbours.Pair> pairs =
        PolygonNeighbours.compute(geometries, options.toleranceDegrees(), options.minSharedKm());
    run.note(
        "computed from the stored polygons: boundaries within "
            + options.toleranceDegrees()
            + " degrees of each other along more than "
            + options.minSharedKm()
            + " km; shared border length on the sphere");
    return run.commit(
        false, geometries.size(), (c, importId) -> replace(c, options.theater(), pairs, importId));
  }

  /**
   * The pairs of adjacent cells of a grid theater ({@link GridNeighbours}), computed from the grid
   * and the cells the theater keeps.
   */
  public static ImportReport computeFromGrid(Store store, String theater, Adjacency adjacency) {
    KnownRegions.require(store, theater, "computing neighbours");
    TheaterReader reader = new TheaterReader(store);
    RegularGrid grid =
        reader
            .grid(theater)
            .orElseThrow(
                () ->
                    new ImportException(
                        "cannot compute neighbours from a grid: the regions of theater '"
                            + theater
                            + "' are not grid cells (import them with the regions option grid,"
                            + " or use from_polygons)",
                        List.of()));
    List<String> names = reader.regionIds(theater).stream().map(RegionId::name).toList();
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("computed_from", "grid");
    opts.put("grid", GridSetting.format(grid));
    opts.put(ADJACENCY.name(), adjacency.label());
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha.update(
        (GridSetting.format(grid) + "\n" + adjacency.label() + "\n")
            .getBytes(StandardCharsets.UTF_8));
    names.forEach(n -> sha.update((n + "\n").getBytes(StandardCharsets.UTF_8)));
    ImportRun run =
        ImportRun.derived(
            store, theater, KIND, "regions-grid", HexFormat.of().formatHex(sha.digest()), opts);
    List<PolygonNeighbours.Pair> pairs;
    try {
      pairs = GridNeighbours.compute(grid, names, adjacency);
    } catch (IllegalArgumentException e) {
      throw run.fail("cannot compute neighbours from the grid: " + e.getMessage(), names.size());
    }
    run.note(
        "computed from the "
            + grid
            + ": "
            + adjacency.label()
            + " adjacency among the theater's "
            + names.size()
            + " cells"
            + (grid.extent().spansAllLongitudes() ? ", across the antimeridian too" : "")
            + "; shared border along the common edge on the sphere, 0 km at a corner");
    return run.commit(false, names.size(), (c, importId) -> replace(c, theater, pairs, importId));
  }

  private static Optional<RegionId> region(
      ImportRun run, RegionResolver resolver, CsvFile.Row row, String column) {
    String name = row.get(column);
    if (run.rejectsControlCharacters(row, column, name, "region name")) {
      return Optional.empty();
    }
    if (name.isEmpty()) {
      run.reject(row, column, name, "region name is blank");
      return Optional.empty();
    }
    Optional<RegionId> r = resolver.resolve(name);
    if (r.isEmpty()) {
      run.unknownRegion(row, column, name, resolver);
    }
    return r;
  }

  private static long replace(
      Connection c, String theater, List<PolygonNeighbours.Pair> pairs, long importId)
      throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM neighbours WHERE theater = ?")) {
      del.setString(1, theater);
      del.executeUpdate();
    }
    try (DuckDBAppender appender = Staging.appender(c, "neighbours")) {
      for (PolygonNeighbours.Pair p : pairs) {
        appender.beginRow().append(theater).append(p.a()).append(p.b());
        if (Double.isNaN(p.sharedBorderKm())) {
          appender.appendNull();
        } else {
          appender.append(p.sharedBorderKm());
        }
        appender.append(importId).endRow();
      }
    }
    return pairs.size();
  }

  static final ImportOption REGION_A_COLUMN =
      ImportOption.of(
          "region_a_column",
          "column naming one region of the pair (default: region_a|governorate_a|a)");
  static final ImportOption REGION_B_COLUMN =
      ImportOption.of(
          "region_b_column", "column naming the other region (default: region_b|governorate_b|b)");
  static final ImportOption WEIGHT_COLUMN =
      ImportOption.of("weight_column", "column holding the shared border in km, if any");
  static final ImportOption SKIP_EMPTY_WEIGHT =
      ImportOption.of(
          "skip_empty_weight",
          "true: rows with an empty weight are not neighbours here: skip them, listing each in the notes");
  static final ImportOption FROM_GRID =
      ImportOption.of(
          "from_grid",
          "true: the pairs of adjacent cells of a grid theater (regions imported with grid), by"
              + " arithmetic (no FILE); shared border along the common edge, 0 km at a corner");
  static final ImportOption ADJACENCY =
      ImportOption.of(
          "adjacency",
          "with from_grid: queen (cells sharing an edge or a corner, the default) or rook (an"
              + " edge); the first and last columns of a grid spanning all longitudes are"
              + " neighbours");
  static final ImportOption FROM_POLYGONS =
      ImportOption.of(
          "from_polygons",
          "true: compute the pairs and shared borders from the stored region polygons (no FILE)");

  /** This importer as the registry runs it. */
  public static Importer importer() {
    return Importer.of(
        KIND,
        List.of(
            REGION_A_COLUMN,
            REGION_B_COLUMN,
            WEIGHT_COLUMN,
            SKIP_EMPTY_WEIGHT,
            FROM_POLYGONS,
            FROM_GRID,
            ADJACENCY),
        NeighbourImporter::needsFile,
        NeighbourImporter::run);
  }

  private static boolean needsFile(ImportSpec spec) {
    return !spec.flag(FROM_POLYGONS) && !spec.flag(FROM_GRID);
  }

  private static ImportReport run(Store store, String theater, ImportSpec spec) {
    if (spec.flag(FROM_GRID) && spec.flag(FROM_POLYGONS)) {
      throw new ImportException(
          "give from_grid or from_polygons, not both: they are two ways to compute the pairs",
          List.of());
    }
    if (spec.option(ADJACENCY).isPresent() && !spec.flag(FROM_GRID)) {
      throw new ImportException("option adjacency needs from_grid=true", List.of());
    }
    if (spec.flag(FROM_GRID)) {
      Adjacency adjacency;
      try {
        adjacency = spec.option(ADJACENCY).map(Adjacency::parse).orElse(Adjacency.QUEEN);
      } catch (IllegalArgumentException e) {
        throw new ImportException("option " + e.getMessage(), List.of());
      }
      return computeFromGrid(store, theater, adjacency);
    }
    if (!needsFile(spec)) {
      return computeFromRegions(store, GeometryOptions.defaults(theater));
    }
    Options o =
        Options.defaults(theater)
            .withColumns(
                spec.option(REGION_A_COLUMN).orElse("region_a|governorate_a|a"),
                spec.option(REGION_B_COLUMN).orElse("region_b|governorate_b|b"));
    if (spec.option(WEIGHT_COLUMN).isPresent()) {
      o = o.withWeight(spec.option(WEIGHT_COLUMN).get(), spec.flag(SKIP_EMPTY_WEIGHT));
    }
    return importFile(store, spec.file(), o.strict(spec.flag(ImportOption.STRICT)));
  }
}
