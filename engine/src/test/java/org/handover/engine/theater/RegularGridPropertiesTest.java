package org.handover.engine.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Point-to-cell by arithmetic against a brute-force polygon test (the crossing-number test on every
 * cell's ring), and neighbours against brute-force touching rectangles, on random sizes, extents
 * and points, many of them exactly on cell edges.
 */
class RegularGridPropertiesTest {
  private static final String[] SIZES = {"0.1", "0.25", "0.5", "1", "2.5", "5", "10", "0.05"};

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20_261_201L).withExamples(300);
  }

  /** A grid of a random size over a random aligned extent of at most 30 x 30 cells. */
  private static final Gen<RegularGrid> GRID =
      integers()
          .between(0, SIZES.length - 1)
          .zip(
              integers().between(0, 1_000_000),
              integers().between(0, 1_000_000),
              integers().between(1, 30),
              integers().between(1, 30),
              (s, r, c, rows, cols) -> {
                BigDecimal size = new BigDecimal(SIZES[s]);
                int globalRows = BigDecimal.valueOf(180).divide(size).intValueExact();
                int nRows = Math.min(rows, globalRows);
                int nCols = Math.min(cols, 2 * globalRows);
                int row0 = r % (globalRows - nRows + 1);
                int col0 = c % (2 * globalRows - nCols + 1);
                BigDecimal south = size.multiply(BigDecimal.valueOf(row0)).subtract(lat());
                BigDecimal west = size.multiply(BigDecimal.valueOf(col0)).subtract(lon());
                return RegularGrid.of(
                    size,
                    new GridExtent(
                        south,
                        west,
                        south.add(size.multiply(BigDecimal.valueOf(nRows))),
                        west.add(size.multiply(BigDecimal.valueOf(nCols)))));
              })
          .describedAs(RegularGrid::toString);

  private static BigDecimal lat() {
    return BigDecimal.valueOf(90);
  }

  private static BigDecimal lon() {
    return BigDecimal.valueOf(180);
  }

  /**
   * A point near the extent (up to two cells beyond it): a third of the coordinates exactly on an
   * edge written as a decimal, as a file would hold it, the rest anywhere.
   */
  private static Gen<double[]> pointsNear(RegularGrid grid) {
    BigDecimal size = grid.size();
    GridExtent e = grid.extent();
    Gen<Double> lat = coordinate(e.south(), e.north(), size, -90, 90);
    Gen<Double> lon = coordinate(e.west(), e.east(), size, -180, 180);
    return lat.zip(lon, (a, b) -> new double[] {a, b});
  }

  private static Gen<Double> coordinate(
      BigDecimal from, BigDecimal to, BigDecimal size, double min, double max) {
    double lo = Math.max(min, from.subtract(size.add(size)).doubleValue());
    double hi = Math.min(max, to.add(size.add(size)).doubleValue());
    int edges = to.subtract(from).divide(size).intValueExact() + 4;
    Gen<Double> onEdge =
        integers()
            .between(-2, edges - 2)
            .map(i -> from.add(size.multiply(BigDecimal.valueOf(i))))
            .map(d -> Double.parseDouble(d.toPlainString()))
            .map(d -> Math.max(min, Math.min(max, d)));
    Gen<Double> anywhere = doubles().between(lo, hi);
    return integers().between(0, 2).flatMap(k -> k == 0 ? onEdge : anywhere);
  }

  @Test
  void aPointGoesToTheCellWhoseRingHoldsIt() {
    qt().forAll(GRID.flatMap(g -> pointsNear(g).map(p -> new Object[] {g, p})))
        .checkAssert(
            gp -> {
              RegularGrid grid = (RegularGrid) gp[0];
              double[] p = (double[]) gp[1];
              Optional<GridCell> expected = bruteForce(grid, p[0], p[1]);
              assertThat(grid.cellAt(p[0], p[1]).map(GridCell::id))
                  .as("%s at %s,%s", grid, p[0], p[1])
                  .isEqualTo(expected.map(GridCell::id));
            });
  }

  @Test
  void neighboursAreTheCellsWhoseRectanglesTouch() {
    qt().withExamples(60)
        .forAll(GRID)
        .checkAssert(
            grid -> {
              List<GridCell> cells = grid.cells().toList();
              for (GridCell cell : cells) {
                List<Long> queen = new ArrayList<>();
                List<Long> rook = new ArrayList<>();
                for (GridCell other : cells) {
                  if (other.id() == cell.id()) {
                    continue;
                  }
                  double overlap = sharedEdge(grid, cell, other);
                  if (overlap >= 0) {
                    queen.add(other.id());
                  }
                  if (overlap > 0) {
                    rook.add(other.id());
                  }
                }
                assertThat(ids(grid.neighbours(cell, Adjacency.QUEEN))).isEqualTo(queen);
                assertThat(ids(grid.neighbours(cell, Adjacency.ROOK))).isEqualTo(rook);
              }
            });
  }

  private static List<Long> ids(List<GridCell> cells) {
    return cells.stream().map(GridCell::id).toList();
  }

  /**
   * The length (degrees) the closed rectangles of two cells share, 0 for a corner, -1 when they do
   * not touch; across the antimeridian too when the extent spans all longitudes.
   */
  private static double sharedEdge(RegularGrid grid, GridCell a, GridCell b) {
    double best = touch(a, b, 0);
    if (grid.extent().spansAllLongitudes()) {
      best = Math.max(best, Math.max(touch(a, b, 360), touch(a, b, -360)));
    }
    return best;
  }

  private static double touch(GridCell a, GridCell b, double shift) {
    double latOverlap = Math.min(a.north(), b.north()) - Math.max(a.south(), b.south());
    double lonOverlap = Math.min(a.east(), b.east() + shift) - Math.max(a.west(), b.west() + shift);
    if (latOverlap < 0 || lonOverlap < 0) {
      return -1;
    }
    return Math.max(latOverlap, lonOverlap);
  }

  /**
   * The cell whose ring holds the point by the crossing-number test, which takes a rectangle's
   * south and west edges and leaves its north and east ones; latitude 90 and longitude 180 are
   * looked up just inside, since no cell lies beyond them.
   */
  private static Optional<GridCell> bruteForce(RegularGrid grid, double lat, double lon) {
    double y = lat == 90 ? Math.nextDown(90.0) : lat;
    double x = lon == 180 ? Math.nextDown(180.0) : lon;
    List<GridCell> hits = grid.cells().filter(c -> crossings(c.ring(), x, y) % 2 == 1).toList();
    assertThat(hits).hasSizeLessThanOrEqualTo(1);
    return hits.stream().findFirst();
  }

  private static int crossings(double[][] ring, double x, double y) {
    int count = 0;
    for (int i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
      double xi = ring[i][0];
      double yi = ring[i][1];
      double xj = ring[j][0];
      double yj = ring[j][1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        count++;
      }
    }
    return count;
  }
}
