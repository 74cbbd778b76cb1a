package org.handover.engine.theater;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A regular grid of latitude-longitude cells over an extent, for theaters whose regions are grid
 * cells rather than polygons (global event data judged cell by cell, as on PRIO-GRID).
 *
 * <p><b>Cells.</b> The size in degrees must divide 180 exactly (0.5, 1, 0.25, 2.5, 0.1, ...; from
 * 0.01 to 90). Cells are numbered on the global grid of their size, whatever the extent: row 0 lies
 * at the south pole, column 0 at longitude -180, and {@code id = row * (360 / size) + col + 1}. For
 * 0.5-degree cells this is PRIO-GRID's {@code gid} (1 at the south-west corner, 259,200 at the
 * north-east), and the cell's region name is the gid itself ("177569"); for other sizes the name
 * carries the size as well ("1deg-44865"), so that cells of different grids are never confused.
 *
 * <p><b>Points.</b> A point goes to its cell by arithmetic, with no polygon test: a point on an
 * edge between cells belongs to the cell north (and east) of the edge; latitude 90 belongs to the
 * northernmost row and longitude 180 to the easternmost column, since no cell lies beyond them.
 * Edges are the doubles nearest to their decimal values, so a point written as an edge's decimal
 * ("33.5") lands exactly on it. A point outside the extent has no cell ({@link #cellAt} is empty);
 * coordinates outside -90..90 or -180..180 are not points at all.
 *
 * <p><b>Neighbours.</b> {@link Adjacency#ROOK} or {@link Adjacency#QUEEN} among the cells of the
 * extent; when the extent spans all longitudes the first and last columns are neighbours across the
 * antimeridian. Cells meeting only at a pole are not neighbours.
 */
public final class RegularGrid {
  private static final BigDecimal MIN_SIZE = new BigDecimal("0.01");
  private static final BigDecimal MAX_SIZE = BigDecimal.valueOf(90);
  private static final BigDecimal PRIO_GRID_SIZE = new BigDecimal("0.5");

  private final BigDecimal size;
  private final GridExtent extent;
  // size = unit / scale degrees exactly, with integers, so that edges are computed exactly.
  private final long unit;
  private final long scale;
  private final double sizeDegrees;
  private final int globalRows;
  private final int globalCols;
  private final int rowFrom;
  private final int rowTo;
  private final int colFrom;
  private final int colTo;

  private RegularGrid(BigDecimal size, GridExtent extent) {
    this.size = size.stripTrailingZeros();
    this.extent = extent;
    BigDecimal s = this.size.scale() < 0 ? this.size.setScale(0) : this.size;
    this.unit = s.unscaledValue().longValueExact();
    this.scale = BigInteger.TEN.pow(s.scale()).longValueExact();
    this.sizeDegrees = (double) unit / scale;
    this.globalRows = (int) (180 * scale / unit);
    this.globalCols = 2 * globalRows;
    this.rowFrom = cellsFrom(extent.south(), BigDecimal.valueOf(-90), "south");
    this.rowTo = cellsFrom(extent.north(), BigDecimal.valueOf(-90), "north");
    this.colFrom = cellsFrom(extent.west(), BigDecimal.valueOf(-180), "west");
    this.colTo = cellsFrom(extent.east(), BigDecimal.valueOf(-180), "east");
  }

  /**
   * A grid of {@code size}-degree cells over {@code extent}, whose edges must fall on cell edges.
   *
   * @throws IllegalArgumentException naming what is wrong with the size or the extent
   */
  public static RegularGrid of(BigDecimal size, GridExtent extent) {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(extent, "extent");
    if (size.compareTo(MIN_SIZE) < 0 || size.compareTo(MAX_SIZE) > 0) {
      throw new IllegalArgumentException(
          "cell size " + GridExtent.plain(size) + " degrees is not between 0.01 and 90");
    }
    BigDecimal[] division = BigDecimal.valueOf(180).divideAndRemainder(size);
    if (division[1].signum() != 0) {
      throw new IllegalArgumentException(
          "cell size "
              + GridExtent.plain(size)
              + " degrees does not divide 180 exactly (e.g. 0.25, 0.5, 1, 2.5, 5)");
    }
    return new RegularGrid(size, extent);
  }

  /** The global grid of {@code size}-degree cells. */
  public static RegularGrid global(BigDecimal size) {
    return of(size, GridExtent.GLOBAL);
  }

  /** PRIO-GRID's global 0.5-degree grid, 259,200 cells numbered by gid. */
  public static RegularGrid prioGrid() {
    return global(PRIO_GRID_SIZE);
  }

  private int cellsFrom(BigDecimal edge, BigDecimal origin, String which) {
    BigDecimal[] division = edge.subtract(origin).divideAndRemainder(size);
    if (division[1].signum() != 0) {
      throw new IllegalArgumentException(
          "extent "
              + extent
              + ": its "
              + which
              + " edge "
              + GridExtent.plain(edge)
              + " is not on an edge of the "
              + GridExtent.plain(size)
              + "-degree cells (a multiple of "
              + GridExtent.plain(size)
              + " from "
              + GridExtent.plain(origin)
              + ")");
    }
    return division[0].intValueExact();
  }

  public BigDecimal size() {
    return size;
  }

  public GridExtent extent() {
    return extent;
  }

  /** True for PRIO-GRID's cells: 0.5 degrees, so that ids are PRIO-GRID gids. */
  public boolean isPrioGrid() {
    return size.compareTo(PRIO_GRID_SIZE) == 0;
  }

  public int rows() {
    return rowTo - rowFrom;
  }

  public int cols() {
    return colTo - colFrom;
  }

  public long cellCount() {
    return (long) rows() * cols();
  }

  /** How cells are numbered and named, for provenance and documentation. */
  public String idScheme() {
    String base =
        "id = row * " + globalCols + " + col + 1, row 0 at latitude -90, col 0 at longitude -180";
    return isPrioGrid() ? "PRIO-GRID gid (" + base + ")" : base + "; name <size>deg-<id>";
  }

  /** "0.5-degree grid over -90,-180,90,180 (PRIO-GRID gid)". */
  @Override
  public String toString() {
    return GridExtent.plain(size)
        + "-degree grid over "
        + extent
        + (isPrioGrid() ? " (PRIO-GRID gid)" : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegularGrid g && size.equals(g.size) && extent.equals(g.extent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, extent);
  }

  /**
   * The cell holding the point, or empty when the point lies outside the extent.
   *
   * @throws IllegalArgumentException when latitude is not in -90..90 or longitude not in -180..180
   *     (NaN included)
   */
  public Optional<GridCell> cellAt(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude " + latitude + " is not in -90 to 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude " + longitude + " is not in -180 to 180");
    }
    int row = index(latitude, true);
    int col = index(longitude, false);
    if (row < rowFrom || row >= rowTo || col < colFrom || col >= colTo) {
      return Optional.empty();
    }
    return Optional.of(cell(row, col));
  }

  /** The global row of a latitude or column of a longitude, checked against the edges. */
  private int index(double value, boolean latitude) {
    int count = latitude ? globalRows : globalCols;
    double origin = latitude ? -90 : -180;
    if (value == -origin) {
      return count - 1;
    }
    int i = (int) Math.floor((value - origin) / sizeDegrees);
    i = Math.max(0, Math.min(count - 1, i));
    // The division may land one off next to an edge; the edges themselves decide.
    while (i > 0 && value < edge(i, latitude)) {
      i--;
    }
    while (i < count - 1 && value >= edge(i + 1, latitude)) {
      i++;
    }
    return i;
  }

  /** The latitude of row {@code i}'s south edge or longitude of column {@code i}'s west edge. */
  private double edge(int i, boolean latitude) {
    long origin = (latitude ? 90 : 180) * scale;
    return (double) (i * unit - origin) / scale;
  }

  /** The cell with this id, or empty when no cell of the extent has it. */
  public Optional<GridCell> find(long id) {
    if (id < 1 || id > (long) globalRows * globalCols) {
      return Optional.empty();
    }
    int row = (int) ((id - 1) / globalCols);
    int col = (int) ((id - 1) % globalCols);
    if (row < rowFrom || row >= rowTo || col < colFrom || col >= colTo) {
      return Optional.empty();
    }
    return Optional.of(cell(row, col));
  }

  /** The cell of the region named {@code name} ("177569", "1deg-44865"), or empty. */
  public Optional<GridCell> findByName(String name) {
    String prefix = isPrioGrid() ? "" : GridExtent.plain(size) + "deg-";
    String text = name.strip();
    if (!text.startsWith(prefix) || !text.substring(prefix.length()).matches("[1-9][0-9]{0,11}")) {
      return Optional.empty();
    }
    return find(Long.parseLong(text.substring(prefix.length())));
  }

  private GridCell cell(int row, int col) {
    long id = (long) row * globalCols + col + 1;
    String name = isPrioGrid() ? Long.toString(id) : GridExtent.plain(size) + "deg-" + id;
    return new GridCell(
        id,
        row,
        col,
        name,
        edge(row, true),
        edge(col, false),
        edge(row + 1, true),
        edge(col + 1, false));
  }

  /** Every cell of the extent in id order (row by row from the south, west to east). */
  public Stream<GridCell> cells() {
    return LongStream.range(0, cellCount())
        .mapToObj(i -> cell(rowFrom + (int) (i / cols()), colFrom + (int) (i % cols())));
  }

  /** The cells of the extent adjacent to {@code cell}, in id order. */
  public List<GridCell> neighbours(GridCell cell, Adjacency adjacency) {
    boolean wraps = extent.spansAllLongitudes();
    List<GridCell> out = new ArrayList<>();
    for (int dr = -1; dr <= 1; dr++) {
      for (int dc = -1; dc <= 1; dc++) {
        if ((dr == 0 && dc == 0) || (adjacency == Adjacency.ROOK && dr != 0 && dc != 0)) {
          continue;
        }
        int row = cell.row() + dr;
        int col = cell.col() + dc;
        if (wraps) {
          col = Math.floorMod(col, globalCols);
        }
        if (row >= rowFrom && row < rowTo && col >= colFrom && col < colTo) {
          out.add(cell(row, col));
        }
      }
    }
    out.sort((a, b) -> Long.compare(a.id(), b.id()));
    return List.copyOf(out);
  }
}
