package org.handover.io.imports.theater;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.theater.GridCell;
import org.handover.engine.theater.GridExtent;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.store.Store;

/**
 * A theater's regions as the cells of a regular latitude-longitude grid ({@link RegularGrid}), made
 * without a boundary file: every cell of the extent, or only those a cells file lists (e.g.
 * PRIO-GRID's land cells). The cells are stored as regions like polygons are (name, code = the cell
 * id, the cell's rectangle as geometry), and the grid as the theater's setting, so events are later
 * placed in cells by arithmetic and neighbours follow from adjacency.
 */
final class GridRegions {
  static final ImportOption GRID =
      ImportOption.of(
          "grid",
          "DEGREES: the regions are the cells of a latitude-longitude grid of this size (dividing"
              + " 180: 0.5 for PRIO-GRID's cells, numbered by their gid), not polygons; FILE, if"
              + " given, lists the cells to keep (see docs/grid.md)");
  static final ImportOption EXTENT =
      ImportOption.of(
          "extent",
          "S,W,N,E in degrees on cell edges: the part of the globe the grid covers (default:"
              + " -90,-180,90,180)");
  static final ImportOption CELLS_COLUMN =
      ImportOption.of(
          "cells_column",
          "column of the grid's cells FILE holding each cell's id (default: gid|cell|id)");

  /** Without a cells file, a grid of more cells than this is refused: list the cells to keep. */
  static final long MAX_CELLS = 2_000_000;

  private GridRegions() {}

  static void refuseGridOptions(ImportSpec spec) {
    for (ImportOption o : List.of(EXTENT, CELLS_COLUMN)) {
      if (spec.option(o).isPresent()) {
        throw new ImportException(
            "option " + o.name() + " needs option " + GRID.name() + " (the cell size)", List.of());
      }
    }
  }

  static ImportReport run(Store store, String theater, ImportSpec spec) {
    RegularGrid grid = grid(spec);
    Path file = spec.file();
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put(GRID.name(), grid.size().toPlainString());
    opts.put(EXTENT.name(), grid.extent().toString());
    opts.put("cell_ids", grid.idScheme());
    List<RegionImporter.Accepted> cells = new ArrayList<>();
    ImportRun run;
    long read;
    if (file == null) {
      if (grid.cellCount() > MAX_CELLS) {
        throw new ImportException(
            "the "
                + grid
                + " has "
                + grid.cellCount()
                + " cells, more than "
                + MAX_CELLS
                + " regions; give a smaller extent or a FILE listing the cells to keep",
            List.of());
      }
      run =
          ImportRun.derived(
              store, theater, RegionImporter.KIND, label(grid), sha256(opts.toString()), opts);
      grid.cells().forEach(c -> cells.add(region(c)));
      read = cells.size();
      run.note("regions: every cell of the " + grid + ", " + cells.size() + " cells");
    } else {
      CsvFile csv = CsvFile.read(file);
      String column = csv.column(spec.option(CELLS_COLUMN).orElse("gid|cell|id"));
      opts.put(CELLS_COLUMN.name(), column);
      run = ImportRun.start(store, theater, RegionImporter.KIND, file, opts);
      Map<Long, Long> lineOf = new HashMap<>();
      for (CsvFile.Row row : csv.rows()) {
        String text = row.get(column);
        Optional<GridCell> cell = cell(grid, text);
        if (cell.isEmpty()) {
          run.reject(
              row,
              column,
              text,
              text.strip().matches("[0-9]+")
                  ? "cell " + text.strip() + " is not a cell of the " + grid
                  : "not a cell id of the " + grid + " (" + grid.idScheme() + ")");
          continue;
        }
        Long first = lineOf.putIfAbsent(cell.get().id(), row.line());
        if (first != null) {
          run.reject(row, column, text, "cell listed twice (first at line " + first + ")");
          continue;
        }
        cells.add(region(cell.get()));
      }
      read = csv.rows().size();
      if (cells.isEmpty()) {
        throw run.fail(
            run.fileName()
                + ": no cell of the "
                + grid
                + " could be imported from "
                + read
                + " rows",
            read);
      }
      run.note(
          "regions: "
              + cells.size()
              + " cells of the "
              + grid
              + " listed in "
              + run.fileName()
              + ", of "
              + grid.cellCount()
              + " in its extent");
    }
    run.note(
        "cells are numbered "
            + grid.idScheme()
            + "; events are placed in cells by arithmetic: a point on an edge belongs to the cell"
            + " north and east of it");
    return run.commit(
        spec.flag(ImportOption.STRICT),
        read,
        (c, importId) -> RegionImporter.write(c, run, theater, cells, grid, importId));
  }

  /** The grid the options describe, or an error naming the option. */
  static RegularGrid grid(ImportSpec spec) {
    String size = spec.option(GRID).orElseThrow().strip();
    if (!size.matches("[0-9]*\\.?[0-9]+|[0-9]+\\.")) {
      throw new ImportException(
          "option grid: '" + size + "' is not a cell size in degrees (e.g. 0.5)", List.of());
    }
    try {
      GridExtent extent = spec.option(EXTENT).map(GridExtent::parse).orElse(GridExtent.GLOBAL);
      return RegularGrid.of(new BigDecimal(size), extent);
    } catch (IllegalArgumentException e) {
      throw new ImportException("option grid/extent: " + e.getMessage(), List.of());
    }
  }

  /** A cells file's cell: its id ("177569"), or its name for sizes other than 0.5 degrees. */
  private static Optional<GridCell> cell(RegularGrid grid, String text) {
    String t = text.strip();
    if (t.matches("[0-9]{1,12}")) {
      return grid.find(Long.parseLong(t));
    }
    return t.isEmpty() || t.length() > 40 ? Optional.empty() : grid.findByName(t);
  }

  private static RegionImporter.Accepted region(GridCell cell) {
    StringBuilder ring = new StringBuilder();
    for (double[] p : cell.ring()) {
      ring.append(ring.length() == 0 ? "" : ",")
          .append('[')
          .append(number(p[0]))
          .append(',')
          .append(number(p[1]))
          .append(']');
    }
    return new RegionImporter.Accepted(
        cell.name(),
        Long.toString(cell.id()),
        null,
        "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}",
        Map.of());
  }

  /** The shortest decimal that reads back as {@code d}: 44.5, not 44.50000. */
  private static String number(double d) {
    String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** "grid-0.5", standing in for the file name of a grid made without a cells file. */
  private static String label(RegularGrid grid) {
    return "grid-" + grid.size().toPlainString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
