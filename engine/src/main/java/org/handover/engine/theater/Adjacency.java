package org.handover.engine.theater;

/** Which cells of a regular grid count as neighbours of a cell. */
public enum Adjacency {
  /** The up to 4 cells sharing an edge (north, south, east, west). */
  ROOK,
  /** The up to 8 cells sharing an edge or a corner: rook's and the diagonals. */
  QUEEN;

  /** "rook" or "queen", as options and provenance spell it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The adjacency named {@code text} (case ignored), or an error listing both. */
  public static Adjacency parse(String text) {
    for (Adjacency a : values()) {
      if (a.label().equalsIgnoreCase(text.strip())) {
        return a;
      }
    }
    throw new IllegalArgumentException("adjacency '" + text + "' is not rook or queen");
  }
}
