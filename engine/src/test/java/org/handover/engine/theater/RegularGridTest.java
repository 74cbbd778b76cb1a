package org.handover.engine.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegularGridTest {
  private static final RegularGrid PG = RegularGrid.prioGrid();

  private static long gid(double lat, double lon) {
    return PG.cellAt(lat, lon).orElseThrow().id();
  }

  private static List<Long> ids(List<GridCell> cells) {
    return cells.stream().map(GridCell::id).toList();
  }

  @Test
  void numbersHalfDegreeCellsAsPrioGridGids() {
    // PRIO-GRID: gid 1 is the south-west cell, numbers run east along a row, then north.
    assertThat(PG.cellCount()).isEqualTo(259_200);
    assertThat(gid(-89.75, -179.75)).isEqualTo(1);
    assertThat(gid(-89.75, 179.75)).isEqualTo(720);
    assertThat(gid(-89.25, -179.75)).isEqualTo(721);
    assertThat(gid(89.75, 179.75)).isEqualTo(259_200);
    // Baghdad (33.31 N, 44.36 E): row 246, column 448.
    assertThat(gid(33.31, 44.36)).isEqualTo(246 * 720 + 448 + 1);
    GridCell baghdad = PG.find(177_569).orElseThrow();
    assertThat(baghdad.name()).isEqualTo("177569");
    assertThat(baghdad.south()).isEqualTo(33.0);
    assertThat(baghdad.west()).isEqualTo(44.0);
    assertThat(baghdad.centroidLatitude()).isEqualTo(33.25);
    assertThat(baghdad.centroidLongitude()).isEqualTo(44.25);
    assertThat(baghdad.ring())
        .isEqualTo(new double[][] {{44, 33}, {44.5, 33}, {44.5, 33.5}, {44, 33.5}, {44, 33}});
    assertThat(PG.idScheme()).startsWith("PRIO-GRID gid");
  }

  @Test
  void aPointOnAnEdgeGoesNorthAndEast() {
    assertThat(gid(33.5, 44.5)).isEqualTo(gid(33.75, 44.75));
    assertThat(gid(33.0, 44.0)).isEqualTo(177_569);
    assertThat(gid(-90, -180)).isEqualTo(1);
    assertThat(gid(0, 0)).isEqualTo(180 * 720 + 360 + 1);
  }

  @Test
  void latitude90AndLongitude180BelongToTheLastRowAndColumn() {
    assertThat(gid(90, 0)).isEqualTo(gid(89.9, 0.1));
    assertThat(gid(0, 180)).isEqualTo(gid(0.1, 179.9));
    assertThat(gid(90, 180)).isEqualTo(259_200);
  }

  @Test
  void aPointOutsideTheExtentHasNoCell() {
    RegularGrid iraq = RegularGrid.of(new BigDecimal("0.5"), GridExtent.parse("29,38.5,37.5,48.5"));
    assertThat(iraq.cellCount()).isEqualTo(17 * 20);
    assertThat(iraq.cellAt(33.31, 44.36).orElseThrow().id()).isEqualTo(177_569);
    assertThat(iraq.cellAt(37.5, 44)).isEmpty(); // the north edge belongs to the cell beyond
    assertThat(iraq.cellAt(28.99, 44)).isEmpty();
    assertThat(iraq.cellAt(33, 48.5)).isEmpty();
    assertThat(iraq.find(1)).isEmpty();
    assertThat(iraq.find(177_569)).isPresent();
    assertThatThrownBy(() -> iraq.cellAt(Double.NaN, 44))
        .hasMessageContaining("latitude NaN is not in -90 to 90");
    assertThatThrownBy(() -> iraq.cellAt(33, 180.5))
        .hasMessageContaining("longitude 180.5 is not in -180 to 180");
  }

  @Test
  void otherSizesNameTheirCellsWithTheSize() {
    RegularGrid one = RegularGrid.global(BigDecimal.ONE);
    GridCell c = one.cellAt(33.31, 44.36).orElseThrow();
    assertThat(c.id()).isEqualTo(123 * 360 + 224 + 1);
    assertThat(c.name()).isEqualTo("1deg-44505");
    assertThat(one.findByName("1deg-44505")).contains(c);
    assertThat(one.findByName("44505")).isEmpty();
    assertThat(PG.findByName("177569").orElseThrow().id()).isEqualTo(177_569);
    assertThat(PG.findByName("0177569")).isEmpty();
    RegularGrid tenth = RegularGrid.global(new BigDecimal("0.10"));
    assertThat(tenth.size()).isEqualByComparingTo("0.1");
    // 0.3 is not a double; the cell edge is the double nearest 0.3, as a file's "0.3" reads.
    assertThat(tenth.cellAt(0.3, 0).orElseThrow().south()).isEqualTo(0.3);
    assertThat(tenth.cellAt(Math.nextDown(0.3), 0).orElseThrow().north()).isEqualTo(0.3);
  }

  @Test
  void refusesSizesAndExtentsThatDoNotFit() {
    assertThatThrownBy(() -> RegularGrid.global(new BigDecimal("7")))
        .hasMessage("cell size 7 degrees does not divide 180 exactly (e.g. 0.25, 0.5, 1, 2.5, 5)");
    assertThatThrownBy(() -> RegularGrid.global(new BigDecimal("0.001")))
        .hasMessage("cell size 0.001 degrees is not between 0.01 and 90");
    assertThatThrownBy(() -> RegularGrid.global(new BigDecimal("180")))
        .hasMessage("cell size 180 degrees is not between 0.01 and 90");
    assertThatThrownBy(
            () -> RegularGrid.of(new BigDecimal("0.5"), GridExtent.parse("29.2,38.5,37.5,48.5")))
        .hasMessageContaining("its south edge 29.2 is not on an edge of the 0.5-degree cells");
    assertThatThrownBy(() -> GridExtent.parse("29,38.5,37.5"))
        .hasMessageContaining("is not four numbers S,W,N,E");
    assertThatThrownBy(() -> GridExtent.parse("29,38.5,37.5,x"))
        .hasMessageContaining("'x' is not a decimal number of degrees");
    assertThatThrownBy(() -> GridExtent.parse("29,170,37.5,-170"))
        .hasMessageContaining("west below east");
    assertThatThrownBy(() -> GridExtent.parse("-91,0,0,10")).hasMessageContaining("-90 to 90");
  }

  @Test
  void neighboursWrapAroundTheAntimeridianOnGlobalGridsOnly() {
    GridCell first = PG.find(721).orElseThrow(); // second row, at -180
    assertThat(ids(PG.neighbours(first, Adjacency.QUEEN)))
        .containsExactly(1L, 2L, 720L, 722L, 1440L, 1441L, 1442L, 2160L);
    assertThat(ids(PG.neighbours(first, Adjacency.ROOK))).containsExactly(1L, 722L, 1440L, 1441L);
    // The south pole row has no row below; cells meeting only at the pole are not neighbours.
    assertThat(ids(PG.neighbours(PG.find(1).orElseThrow(), Adjacency.QUEEN)))
        .containsExactly(2L, 720L, 721L, 722L, 1440L);
    RegularGrid band = RegularGrid.of(new BigDecimal("0.5"), GridExtent.parse("-90,-180,-89,0"));
    assertThat(ids(band.neighbours(band.find(721).orElseThrow(), Adjacency.QUEEN)))
        .containsExactly(1L, 2L, 722L);
  }

  @Test
  void cellsComeInIdOrder() {
    RegularGrid small = RegularGrid.of(BigDecimal.ONE, GridExtent.parse("0,0,2,3"));
    assertThat(small.cells().map(GridCell::id).toList())
        .containsExactly(32_581L, 32_582L, 32_583L, 32_941L, 32_942L, 32_943L);
    assertThat(small.toString()).isEqualTo("1-degree grid over 0,0,2,3");
    assertThat(PG.toString()).isEqualTo("0.5-degree grid over -90,-180,90,180 (PRIO-GRID gid)");
    assertThat(Adjacency.parse(" Queen ")).isEqualTo(Adjacency.QUEEN);
    assertThatThrownBy(() -> Adjacency.parse("bishop")).hasMessageContaining("not rook or queen");
  }
}
