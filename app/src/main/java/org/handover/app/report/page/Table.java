package org.handover.app.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTML table with a caption: the numbers behind a chart, readable without the chart (and without
 * JavaScript). When any of its inputs is illustrative, the caption says so.
 */
public record Table(
    String caption, Optional<String> illustrativeNote, List<String> header, List<Row> rows) {
  public Table {
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(illustrativeNote, "illustrativeNote");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.cells().size() != header.size()) {
        throw new IllegalArgumentException(
            "table '"
                + caption
                + "': row has "
                + r.cells().size()
                + " cells for "
                + header.size()
                + " columns");
      }
    }
  }

  /** One cell: already-escaped HTML plus a CSS class ("num" right-aligns numbers). */
  public record Cell(String html, String cssClass) {
    public static Cell text(String text) {
      return new Cell(Html.escape(text), "");
    }

    public static Cell number(double value) {
      return new Cell(Html.escape(Format.number(value)), "num");
    }

    public static Cell count(long value) {
      return new Cell(Long.toString(value), "num");
    }

    /** Trusted markup built by the report itself (swatches, tags); never user text. */
    public static Cell markup(String html) {
      return new Cell(html, "");
    }

    public Cell withClass(String extra) {
      return new Cell(html, (cssClass + " " + extra).strip());
    }
  }

  /** A row of cells, with an optional CSS class and data attributes for tests and styling. */
  public record Row(List<Cell> cells, String cssClass) {
    public Row {
      cells = List.copyOf(cells);
      cssClass = cssClass == null ? "" : cssClass;
    }

    public static Row of(Cell... cells) {
      return new Row(List.of(cells), "");
    }
  }

  public static Builder builder(String caption, String... header) {
    return new Builder(caption, List.of(header));
  }

  public String html() {
    StringBuilder out = new StringBuilder(256 + rows.size() * 64);
    out.append("<table>\n<caption>").append(Html.escape(caption));
    illustrativeNote.ifPresent(
        note ->
            out.append("<span class=\"illustrative-note\">")
                .append(Html.escape(note))
                .append("</span>"));
    out.append("</caption>\n<thead><tr>");
    for (String h : header) {
      out.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      out.append(
          r.cssClass().isEmpty() ? "<tr>" : "<tr class=\"" + Html.escape(r.cssClass()) + "\">");
      for (Cell c : r.cells()) {
        out.append(
            c.cssClass().isEmpty() ? "<td>" : "<td class=\"" + Html.escape(c.cssClass()) + "\">");
        out.append(c.html()).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>").toString();
  }

  /** Collects rows; {@link #illustrative} adds the caption note. */
  public static final class Builder {
    private final String caption;
    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();
    private Optional<String> note = Optional.empty();

    private Builder(String caption, List<String> header) {
      this.caption = caption;
      this.header = header;
    }

    public Builder illustrative(Optional<String> illustrativeNote) {
      this.note = illustrativeNote;
      return this;
    }

    public Builder row(Cell... cells) {
      rows.add(Row.of(cells));
      return this;
    }

    public Builder row(String cssClass, List<Cell> cells) {
      rows.add(new Row(cells, cssClass));
      return this;
    }

    public Table build() {
      return new Table(caption, note, header, rows);
    }
  }
}
