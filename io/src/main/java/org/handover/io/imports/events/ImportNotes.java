package org.handover.io.imports.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handover.io.imports.events.RegionAssigner.Assignment;
import org.handover.io.imports.events.RejectedRows.RowAccount;
import org.handover.io.imports.events.mapping.EventMapping;
import org.handover.io.imports.events.mapping.EventMapping.DuplicateIds;
import org.handover.io.imports.events.mapping.EventMapping.RegionFrom;

/**
 * The human-readable notes an event import leaves in its record: counts, how regions were assigned,
 * choices.
 */
final class ImportNotes {
  static final int MAX_LINES_LISTED = RejectedRows.LISTED;

  private ImportNotes() {}

  static List<String> of(
      EventMapping m, String theater, long read, long imported, RowAccount f, Assignment a) {
    List<String> notes = new ArrayList<>();
    notes.add(read + " rows read: " + imported + " imported, " + f.rows().size() + " rejected");
    if (a.grid() != null) {
      grid(notes, a);
    } else {
      regions(notes, m, a);
    }
    if (a.explicitlyNone() > 0) {
      notes.add(
          a.explicitlyNone()
              + " rows whose "
              + m.region()
              + " says there is no region ("
              + String.join(", ", m.noRegionValues())
              + ")"
              + (a.pointsAvailable() ? ", unless their point placed them" : ""));
    }
    if (a.noPlaceFound() > 0) {
      notes.add(
          a.noPlaceFound()
              + " rows name no place of the gazetteer in "
              + m.location()
              + " (or leave it empty)");
    }
    if (!a.unknownNames().isEmpty()) {
      long rows = a.unknownNames().values().stream().mapToLong(Long::longValue).sum();
      notes.add(
          rows
              + " rows with "
              + a.unknownNames().size()
              + " region names unknown in theater '"
              + theater
              + "' ("
              + String.join(", ", a.unknownNames().keySet().stream().limit(20).toList())
              + (a.unknownNames().size() > 20 ? ", ..." : "")
              + ")"
              + (a.pointsAvailable() ? ": placed by point where they have one" : "")
              + "; add aliases to resolve them");
    }
    if (m.latitude() != null && !a.pointsAvailable()) {
      notes.add(
          "the theater's regions have no geometry: rows could not be placed by point in polygon");
    }
    if (!f.cappedLines().isEmpty()) {
      notes.add(
          f.cappedLines().size()
              + " rows with "
              + m.deathsLow()
              + " above "
              + m.deathsHigh()
              + " imported with low capped at high: lines "
              + lines(f.cappedLines()));
    }
    if (m.duplicateIds() == DuplicateIds.KEEP && !f.repeatedIdLines().isEmpty()) {
      notes.add(
          f.repeatedIdLines().size()
              + " rows repeat an id seen earlier, imported as separate events: "
              + lines(
                  f.repeatedIdLines().entrySet().stream()
                      .map(e -> e.getKey() + " (first " + e.getValue() + ")")
                      .toList()));
    }
    notes.addAll(m.choices());
    return notes;
  }

  private static void regions(List<String> notes, EventMapping m, Assignment a) {
    String how =
        m.regionFrom() == RegionFrom.GAZETTEER
            ? "by place name in " + m.location()
            : "by region name";
    notes.add(
        "regions: "
            + a.byName()
            + " rows "
            + how
            + ", "
            + a.byPoint()
            + " by point in polygon, "
            + a.unassigned()
            + " without region");
  }

  private static void grid(List<String> notes, Assignment a) {
    GridPlacement.Placed g = a.grid();
    notes.add(
        "regions: "
            + a.byPoint()
            + " rows by point in a cell of the "
            + g.grid()
            + " (arithmetic, no polygon test), "
            + a.unassigned()
            + " without region (no point); region names in the file are not used");
    if (g.outsideRows() > 0) {
      notes.add(g.outsideRows() + " rows rejected: their point lies outside the grid's extent");
    }
    if (g.notKeptRows() > 0) {
      notes.add(
          g.notKeptRows()
              + " rows rejected: their point lies in a cell of the grid that is not one of the"
              + " theater's regions");
    }
  }

  /**
   * What the import's policies changed: rows whose estimates were put in order, points snapped to
   * the nearest region and points too far to snap, each with lines to audit.
   *
   * @param snapRows the listed rows at snapped and too-far points, by staging row
   */
  static List<String> policies(
      EventMapping m,
      InconsistentEstimates estimates,
      RowAccount f,
      Assignment a,
      Map<Long, RegionAssigner.Snap> snapRows) {
    List<String> notes = new ArrayList<>();
    if (estimates != InconsistentEstimates.REJECT && m.hasFatalities()) {
      notes.add(
          "adjusted "
              + f.adjustedRows()
              + " rows with inconsistent estimates (policy "
              + estimates.id()
              + ": "
              + estimates.describe()
              + ")"
              + (f.adjustedRows() == 0
                  ? ""
                  : ": lines " + listed(f.adjustedLines(), f.adjustedRows())));
    }
    RegionAssigner.Snapping s = a.snapping();
    if (s != null) {
      String tolerance = SnapDistance.OPTION + " = " + number(s.toleranceKm()) + " km";
      List<String> snapped = new ArrayList<>();
      List<String> beyond = new ArrayList<>();
      snapRows.forEach(
          (row, p) -> {
            long line = f.lines().get(row);
            if (s.snapped().contains(p)) {
              snapped.add(
                  line + " (" + SnapDistance.format(p.km()) + ", " + p.region().name() + ")");
            } else {
              beyond.add(
                  line
                      + (p.measured()
                          ? " (" + SnapDistance.format(p.km()) + " from " + p.region().name() + ")"
                          : ""));
            }
          });
      notes.add(
          "snapped "
              + s.snappedRows()
              + " rows ("
              + s.snapped().size()
              + " points) outside every region polygon to the nearest region within "
              + tolerance
              + (s.snapped().isEmpty()
                  ? ""
                  : ", the largest distance "
                      + SnapDistance.format(s.largestKm())
                      + ": lines "
                      + listed(snapped, s.snappedRows())));
      if (!s.beyond().isEmpty()) {
        notes.add(
            s.beyondRows()
                + " rows ("
                + s.beyond().size()
                + " points) outside every region polygon and farther than "
                + tolerance
                + " from any region, imported without a region: lines "
                + listed(beyond, s.beyondRows()));
      }
    }
    return notes;
  }

  /** The values listed, and how many more of {@code total} there are. */
  private static String listed(List<?> values, long total) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + (total > values.size() ? " and " + (total - values.size()) + " more" : "");
  }

  /** 5 rather than 5.0, 2.5 as 2.5. */
  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  static String lines(Collection<?> values) {
    return values.stream()
            .limit(MAX_LINES_LISTED)
            .map(String::valueOf)
            .collect(Collectors.joining(", "))
        + (values.size() > MAX_LINES_LISTED
            ? " and " + (values.size() - MAX_LINES_LISTED) + " more"
            : "");
  }
}
