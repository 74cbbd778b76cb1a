package org.handover.io.imports.theater;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import org.handover.engine.theater.RegionNames;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.imports.ControlCharacters;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.Staging;
import org.handover.io.store.GridSetting;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterSetting;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Imports a theater's regions from a GeoJSON FeatureCollection of polygons.
 *
 * <p>Re-importing regions for a theater replaces its region list: regions in the new file are
 * inserted or updated (geometry, code, parent), regions missing from it are deleted with their
 * aliases; populations already imported for regions that remain are kept. Aliases taken from
 * earlier regions imports are replaced by this file's. A region that data still refer to (events,
 * measurements, a population, neighbour pairs, decisions) is never removed: such an import fails as
 * a whole ({@link RegionDependants}).
 */
public final class RegionImporter {
  public static final String KIND = "regions";

  /**
   * @param nameProperty the feature property holding the region's canonical name
   * @param codeProperty an external code such as {@code iso_3166_2} or {@code pcode}
   * @param parentProperty the enclosing region's name, for hierarchies
   * @param aliasProperties other name-like properties whose values become aliases (absent ones are
   *     ignored)
   * @param repairInvalid repair invalid polygons (e.g. self-intersections) with JTS's GeometryFixer
   *     instead of rejecting them; every repair is listed in the import's notes
   * @param strict fail the whole import on any rejected feature
   * @param renames published name (as in the file) -> the name to use, for a misspelt or outdated
   *     name that must not be fixed in the file (that would break its link to the published
   *     source); the published name stays an alias
   */
  public record Options(
      String theater,
      String nameProperty,
      Optional<String> codeProperty,
      Optional<String> parentProperty,
      List<String> aliasProperties,
      boolean repairInvalid,
      boolean strict,
      Map<String, String> renames) {
    public Options {
      Objects.requireNonNull(theater, "theater");
      Objects.requireNonNull(nameProperty, "nameProperty");
      Objects.requireNonNull(codeProperty, "codeProperty");
      Objects.requireNonNull(parentProperty, "parentProperty");
      aliasProperties = List.copyOf(aliasProperties);
      renames = Collections.unmodifiableMap(new LinkedHashMap<>(renames));
    }

    /**
     * Name from {@code name}; aliases from {@code source_name}, {@code name_en}, {@code alt_name},
     * {@code shapeName}.
     */
    public static Options defaults(String theater) {
      return new Options(
          theater,
          "name",
          Optional.empty(),
          Optional.empty(),
          List.of("source_name", "name_en", "alt_name", "shapeName"),
          false,
          false,
          Map.of());
    }

    public Options withNameProperty(String p) {
      return new Options(
          theater,
          p,
          codeProperty,
          parentProperty,
          aliasProperties,
          repairInvalid,
          strict,
          renames);
    }

    public Options withCodeProperty(String p) {
      return new Options(
          theater,
          nameProperty,
          Optional.ofNullable(p),
          parentProperty,
          aliasProperties,
          repairInvalid,
          strict,
          renames);
    }

    public Options withParentProperty(String p) {
      return new Options(
          theater,
          nameProperty,
          codeProperty,
          Optional.ofNullable(p),
          aliasProperties,
          repairInvalid,
          strict,
          renames);
    }

    public Options withAliasProperties(List<String> p) {
      return new Options(
          theater, nameProperty, codeProperty, parentProperty, p, repairInvalid, strict, renames);
    }

    public Options repairingInvalid(boolean repair) {
      return new Options(
          theater,
          nameProperty,
          codeProperty,
          parentProperty,
          aliasProperties,
          repair,
          strict,
          renames);
    }

    /** With {@code renames}: published name -> name to use. */
    public Options withRenames(Map<String, String> renames) {
      return new Options(
          theater,
          nameProperty,
          codeProperty,
          parentProperty,
          aliasProperties,
          repairInvalid,
          strict,
          renames);
    }

    public Options strict(boolean s) {
      return new Options(
          theater,
          nameProperty,
          codeProperty,
          parentProperty,
          aliasProperties,
          repairInvalid,
          s,
          renames);
    }
  }

  /** A region to store: its name, code, parent, GeoJSON geometry and aliases (alias -> source). */
  record Accepted(
      String name, String code, String parent, String geometry, Map<String, String> aliases) {}

  private RegionImporter() {}

  public static ImportReport importFile(Store store, Path file, Options options) {
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("name_property", options.nameProperty());
    opts.put("code_property", options.codeProperty().orElse(null));
    opts.put("parent_property", options.parentProperty().orElse(null));
    opts.put("alias_properties", options.aliasProperties());
    opts.put("repair_invalid", options.repairInvalid());
    if (!options.renames().isEmpty()) {
      opts.put("renames", options.renames());
    }
    ImportRun run = ImportRun.start(store, options.theater(), KIND, file, opts);
    List<RegionFeatures.Feature> features = RegionFeatures.read(file);
    Map<String, String> renames = renames(run, features, options);
    List<Accepted> accepted = new ArrayList<>();
    Map<String, String> byNormalisedName = new HashMap<>();
    for (RegionFeatures.Feature f : features) {
      JsonNode props = f.properties();
      String raw = props.toString();
      String name = RegionFeatures.text(props, options.nameProperty());
      String where = f.label(options.nameProperty());
      if (name.isEmpty()) {
        run.reject(
            f.line(),
            options.nameProperty(),
            "",
            where
                + ": property '"
                + options.nameProperty()
                + "' (the region name) is missing or blank; properties: "
                + String.join(", ", iterable(props)),
            raw);
        continue;
      }
      Optional<String[]> control = controlCharacter(props, options);
      if (control.isPresent()) {
        run.reject(
            f.line(),
            control.get()[0],
            control.get()[1],
            where + ": property '" + control.get()[0] + "': " + control.get()[2],
            raw);
        continue;
      }
      String published = name;
      name = renames.getOrDefault(RegionNames.normalise(name), name);
      String first = byNormalisedName.putIfAbsent(RegionNames.normalise(name), name);
      if (first != null) {
        run.reject(
            f.line(),
            options.nameProperty(),
            name,
            where + ": region name repeats '" + first + "'",
            raw);
        continue;
      }
      Optional<String> geometry = RegionGeometry.check(run, f, where, raw, options.repairInvalid());
      if (geometry.isEmpty()) {
        byNormalisedName.remove(RegionNames.normalise(name));
        continue;
      }
      Map<String, String> aliases = new LinkedHashMap<>();
      if (!published.equals(name)) {
        // Data that spell the region as published still resolve to it.
        aliases.put(RegionNames.normalise(published), "the published name");
        run.note(
            "region '"
                + published
                + "' renamed to '"
                + name
                + "' (renames option); the published name stays an alias");
      }
      for (String p : options.aliasProperties()) {
        String alias = RegionFeatures.text(props, p);
        if (!p.equals(options.nameProperty())
            && !alias.isEmpty()
            && !RegionNames.normalise(alias).equals(RegionNames.normalise(name))) {
          aliases.put(RegionNames.normalise(alias), p);
        }
      }
      accepted.add(
          new Accepted(
              name,
              options
                  .codeProperty()
                  .map(p -> RegionFeatures.text(props, p))
                  .filter(s -> !s.isEmpty())
                  .orElse(null),
              options
                  .parentProperty()
                  .map(p -> RegionFeatures.text(props, p))
                  .filter(s -> !s.isEmpty())
                  .orElse(null),
              geometry.get(),
              aliases));
    }
    if (accepted.isEmpty()) {
      throw run.fail(
          run.fileName() + ": no region could be imported from " + features.size() + " feature(s)",
          features.size());
    }
    Map<String, Geometry> polygons = new LinkedHashMap<>();
    GeoJsonReader reader = new GeoJsonReader();
    for (Accepted a : accepted) {
      try {
        polygons.put(a.name(), reader.read(a.geometry()));
      } catch (ParseException e) {
        throw new IllegalStateException("a checked geometry no longer reads: " + a.name(), e);
      }
    }
    RegionOverlaps.notes(RegionOverlaps.find(polygons), polygons).forEach(run::note);
    return run.commit(
        options.strict(),
        features.size(),
        (c, importId) -> write(c, run, options.theater(), accepted, null, importId));
  }

  /**
   * The renames by normalised published name, once each published name is checked to be in the file
   * and no new name to be another region's.
   */
  private static Map<String, String> renames(
      ImportRun run, List<RegionFeatures.Feature> features, Options options) {
    if (options.renames().isEmpty()) {
      return Map.of();
    }
    Map<String, String> published = new LinkedHashMap<>();
    for (RegionFeatures.Feature f : features) {
      String name = RegionFeatures.text(f.properties(), options.nameProperty());
      if (!name.isEmpty()) {
        published.putIfAbsent(RegionNames.normalise(name), name);
      }
    }
    Map<String, String> byNormalised = new HashMap<>();
    for (Map.Entry<String, String> r : options.renames().entrySet()) {
      String from = RegionNames.normalise(r.getKey());
      if (!published.containsKey(from)) {
        throw run.fail(
            run.fileName()
                + ": renames: '"
                + r.getKey()
                + "' is not a region of the file (property '"
                + options.nameProperty()
                + "')"
                + closest(r.getKey(), published.values()),
            features.size());
      }
      byNormalised.put(from, r.getValue());
    }
    for (Map.Entry<String, String> r : options.renames().entrySet()) {
      String to = RegionNames.normalise(r.getValue());
      String other = published.get(to);
      if (other != null && !byNormalised.containsKey(to)) {
        throw run.fail(
            run.fileName()
                + ": renames: '"
                + r.getKey()
                + "' -> '"
                + r.getValue()
                + "' would give two regions the name of region '"
                + other
                + "'",
            features.size());
      }
    }
    return byNormalised;
  }

  /** The names of {@code file}'s regions as published, for checking renames before an import. */
  public static List<String> publishedNames(Path file, String nameProperty) {
    return RegionFeatures.read(file).stream()
        .map(f -> RegionFeatures.text(f.properties(), nameProperty))
        .filter(n -> !n.isEmpty())
        .toList();
  }

  /** "; closest: A, B" for the names nearest {@code name}, or nothing. */
  public static String closest(String name, Collection<String> names) {
    List<String> closest =
        RegionResolver.of(names.stream().map(RegionId::of).toList(), Map.of()).closest(name, 3);
    return closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest);
  }

  /**
   * The first property among the name, code, parent and alias properties that holds a control
   * character: {property, value, reason}.
   */
  private static Optional<String[]> controlCharacter(JsonNode props, Options options) {
    List<String> checked = new ArrayList<>();
    checked.add(options.nameProperty());
    options.codeProperty().ifPresent(checked::add);
    options.parentProperty().ifPresent(checked::add);
    checked.addAll(options.aliasProperties());
    for (String p : checked) {
      String value = RegionFeatures.text(props, p);
      Optional<String> problem =
          ControlCharacters.problem(p.equals(options.nameProperty()) ? "region name" : p, value);
      if (problem.isPresent()) {
        return Optional.of(new String[] {p, value, problem.get()});
      }
    }
    return Optional.empty();
  }

  private static List<String> iterable(JsonNode props) {
    List<String> names = new ArrayList<>();
    props.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Replaces the theater's regions with {@code regions}, inside the import's transaction; records
   * {@code grid} as the theater's grid, or that it has none (regions from polygons).
   */
  static long write(
      Connection c,
      ImportRun run,
      String theater,
      List<Accepted> regions,
      RegularGrid grid,
      long importId)
      throws SQLException {
    Set<String> incoming = new TreeSet<>();
    regions.forEach(r -> incoming.add(r.name()));
    Map<String, Object[]> populations = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT region, population, population_year FROM regions WHERE theater = ?")) {
      ps.setString(1, theater);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          populations.put(rs.getString(1), new Object[] {rs.getObject(2), rs.getObject(3)});
        }
      }
    }
    Set<String> removed = new TreeSet<>(populations.keySet());
    removed.removeAll(incoming);
    RegionDependants.requireNone(c, run.fileName(), theater, incoming, aliasesOf(regions));
    if (!populations.isEmpty()) {
      run.note(
          "replaced the regions of theater '"
              + theater
              + "': "
              + (populations.size() - removed.size())
              + " kept (populations kept), "
              + (incoming.size() - populations.size() + removed.size())
              + " added, "
              + removed.size()
              + " removed"
              + (removed.isEmpty() ? "" : " " + removed));
    }
    execute(c, "DELETE FROM regions WHERE theater = ?", theater);
    try (DuckDBAppender appender = Staging.appender(c, "regions")) {
      for (Accepted r : regions) {
        Object[] kept = populations.getOrDefault(r.name(), new Object[2]);
        appender.beginRow().append(theater).append(r.name()).append(r.parent()).append(r.code());
        if (kept[0] == null) {
          appender.appendNull();
        } else {
          appender.append(((Number) kept[0]).doubleValue());
        }
        if (kept[1] == null) {
          appender.appendNull();
        } else {
          appender.append(((Number) kept[1]).intValue());
        }
        appender.append(r.geometry()).append(importId).endRow();
      }
    }
    execute(
        c,
        "DELETE FROM neighbours WHERE theater = ? AND (region_a NOT IN (SELECT region FROM regions WHERE theater = ?) "
            + "OR region_b NOT IN (SELECT region FROM regions WHERE theater = ?))",
        theater,
        theater,
        theater);
    execute(
        c,
        "DELETE FROM region_aliases WHERE theater = ? AND (region NOT IN (SELECT region FROM regions WHERE theater = ?) "
            + "OR import_id IN (SELECT import_id FROM imports WHERE theater = ? AND kind = ?))",
        theater,
        theater,
        theater,
        KIND);
    writeAliases(c, run, theater, regions, importId);
    Store.putSetting(
        c, theater, TheaterSetting.GRID, grid == null ? null : GridSetting.format(grid));
    return regions.size();
  }

  /** Normalised alias -> region, for every alias this file gives. */
  private static Map<String, String> aliasesOf(List<Accepted> regions) {
    Map<String, String> out = new HashMap<>();
    for (Accepted r : regions) {
      out.put(RegionNames.normalise(r.name()), r.name());
      r.aliases().keySet().forEach(a -> out.putIfAbsent(a, r.name()));
    }
    return out;
  }

  private static void execute(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  private static void writeAliases(
      Connection c, ImportRun run, String theater, List<Accepted> regions, long importId)
      throws SQLException {
    Map<String, String> canonical = new HashMap<>();
    regions.forEach(r -> canonical.put(RegionNames.normalise(r.name()), r.name()));
    Map<String, String> existing = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT alias, region FROM region_aliases WHERE theater = ?")) {
      ps.setString(1, theater);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          existing.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    // An alias from an aliases file that now spells another region's canonical name would make
    // names ambiguous.
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM region_aliases WHERE theater = ? AND alias = ?")) {
      for (Map.Entry<String, String> e : existing.entrySet()) {
        String owner = canonical.get(e.getKey());
        if (owner != null && !owner.equals(e.getValue())) {
          del.setString(1, theater);
          del.setString(2, e.getKey());
          del.executeUpdate();
          run.note(
              "alias '"
                  + e.getKey()
                  + "' -> "
                  + e.getValue()
                  + " removed: it is now the name of region "
                  + owner);
        }
      }
    }
    Map<String, String> added = new HashMap<>();
    try (DuckDBAppender appender = Staging.appender(c, "region_aliases")) {
      for (Accepted r : regions) {
        for (Map.Entry<String, String> a : r.aliases().entrySet()) {
          String alias = a.getKey();
          String clash = canonical.containsKey(alias) ? canonical.get(alias) : added.get(alias);
          if (clash != null && !clash.equals(r.name())) {
            run.note(
                "alias '"
                    + alias
                    + "' (property "
                    + a.getValue()
                    + " of "
                    + r.name()
                    + ") not added: it also names "
                    + clash);
            continue;
          }
          String kept = existing.get(alias);
          if (kept != null && !kept.equals(r.name()) && !canonical.containsKey(alias)) {
            run.note(
                "alias '"
                    + alias
                    + "' (property "
                    + a.getValue()
                    + " of "
                    + r.name()
                    + ") not added: the aliases "
                    + "already map it to "
                    + kept);
            continue;
          }
          if (kept != null || added.putIfAbsent(alias, r.name()) != null) {
            continue;
          }
          appender
              .beginRow()
              .append(theater)
              .append(alias)
              .append(r.name())
              .append(importId)
              .endRow();
        }
      }
    }
  }

  static final ImportOption NAME_PROPERTY =
      ImportOption.of(
          "name_property", "GeoJSON property holding the region's name (default: name)");
  static final ImportOption CODE_PROPERTY =
      ImportOption.of("code_property", "property holding the region's code, e.g. ISO 3166-2");
  static final ImportOption PARENT_PROPERTY =
      ImportOption.of("parent_property", "property naming the region's parent region");
  static final ImportOption ALIAS_PROPERTIES =
      ImportOption.of(
          "alias_properties",
          "comma-separated properties whose values are other names of the region");
  static final ImportOption REPAIR_INVALID =
      ImportOption.of(
          "repair_invalid",
          "true: repair invalid polygons (noted in the import record) instead of rejecting them");

  static final ImportOption RENAMES =
      ImportOption.of(
          "renames",
          "PUBLISHED=NAME pairs separated by ';': use NAME for the region the file calls PUBLISHED"
              + " (the file stays as published; PUBLISHED stays an alias; a manifest may give a"
              + " mapping)");

  /** This importer as the registry runs it. */
  public static Importer importer() {
    return Importer.of(
        KIND,
        List.of(
            NAME_PROPERTY,
            CODE_PROPERTY,
            PARENT_PROPERTY,
            ALIAS_PROPERTIES,
            REPAIR_INVALID,
            RENAMES,
            GridRegions.GRID,
            GridRegions.EXTENT,
            GridRegions.CELLS_COLUMN),
        spec -> spec.option(GridRegions.GRID).isEmpty(),
        RegionImporter::run);
  }

  private static ImportReport run(Store store, String theater, ImportSpec spec) {
    if (spec.option(GridRegions.GRID).isPresent()) {
      return GridRegions.run(store, theater, spec);
    }
    GridRegions.refuseGridOptions(spec);
    Options o =
        Options.defaults(theater).withNameProperty(spec.option(NAME_PROPERTY).orElse("name"));
    if (spec.option(CODE_PROPERTY).isPresent()) {
      o = o.withCodeProperty(spec.option(CODE_PROPERTY).get());
    }
    if (spec.option(PARENT_PROPERTY).isPresent()) {
      o = o.withParentProperty(spec.option(PARENT_PROPERTY).get());
    }
    if (spec.option(ALIAS_PROPERTIES).isPresent()) {
      o = o.withAliasProperties(List.of(spec.option(ALIAS_PROPERTIES).get().split("\\s*,\\s*")));
    }
    if (spec.option(RENAMES).isPresent()) {
      o = o.withRenames(parseRenames(spec.option(RENAMES).get()));
    }
    o = o.repairingInvalid(spec.flag(REPAIR_INVALID)).strict(spec.flag(ImportOption.STRICT));
    return importFile(store, spec.file(), o);
  }

  /**
   * {@code PUBLISHED=NAME;PUBLISHED=NAME} as a map, in order.
   *
   * @throws ImportException for a pair without '=' or with an empty side, or a published name given
   *     twice
   */
  public static Map<String, String> parseRenames(String text) {
    Map<String, String> renames = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String from = eq < 0 ? "" : pair.substring(0, eq).strip();
      String to = eq < 0 ? "" : pair.substring(eq + 1).strip();
      if (from.isEmpty() || to.isEmpty()) {
        throw new ImportException(
            "option renames: '" + pair.strip() + "' is not PUBLISHED=NAME", List.of());
      }
      for (String name : new String[] {from, to}) {
        Optional<String> control = ControlCharacters.problem("region name", name);
        if (control.isPresent()) {
          throw new ImportException(
              "option renames: '" + ControlCharacters.visible(name) + "': " + control.get(),
              List.of());
        }
      }
      if (renames.put(from, to) != null) {
        throw new ImportException("option renames: '" + from + "' is renamed twice", List.of());
      }
    }
    return renames;
  }

  /** The option's text for {@code renames}, as {@link #parseRenames} reads it. */
  public static String formatRenames(Map<String, String> renames) {
    StringBuilder s = new StringBuilder();
    renames.forEach(
        (from, to) -> s.append(s.length() == 0 ? "" : ";").append(from).append('=').append(to));
    return s.toString();
  }
}
