package org.handover.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlookTableTest {
  /** The fixed layout the table had before its columns took their widths from the content. */
  private static final String FIXED = "%-14s %-14s %-14s %7s %7s %7s  %-14s %-36s %s%n";

  private static final String[] HEADER = {
    "region",
    "now",
    "next",
    "P(3m)",
    "P(6m)",
    "P(12m)",
    "status",
    "recommendation",
    "expected month of readiness (80% interval)"
  };

  @Test
  void cellsThatFitTheOldWidthsPrintAsBefore() {
    String[] row = {
      "Salah ad Din",
      "JOINT",
      "LOCAL_LEAD",
      "21.1%",
      "23.8%",
      "39.1%",
      "not decided",
      "recommend step back to LOCAL_LEAD",
      "2009-03 (80%: 2007-09 to after 2010-06)"
    };
    assertThat(print(List.of(HEADER, row)))
        .isEqualTo(String.format(FIXED, (Object[]) HEADER) + String.format(FIXED, (Object[]) row));
  }

  @Test
  void aLongRegionNameKeepsTheColumnsAligned() {
    String[] longName = {
      "Kurdistan Region of Iraq",
      "SELF_RELIANT",
      "-",
      "-",
      "-",
      "-",
      "LOCAL_CONTROL",
      "hold",
      "no next stage"
    };
    String[] shortName = {
      "Basra",
      "LOCAL_LEAD",
      "LOCAL_CONTROL",
      "0%",
      "22.4%",
      "100%",
      "not decided",
      "hold",
      "2008-11 (80%: 2007-11 to after 2010-06)"
    };
    List<String> lines = print(List.of(HEADER, longName, shortName)).lines().toList();
    assertThat(lines).hasSize(3);
    // every column starts, and the right-aligned probabilities end, at the same place on each line
    int second = "Kurdistan Region of Iraq".length() + 1;
    assertThat(lines.get(0).indexOf("now")).isEqualTo(second);
    assertThat(lines.get(1).indexOf("SELF_RELIANT")).isEqualTo(second);
    assertThat(lines.get(2).indexOf("LOCAL_LEAD")).isEqualTo(second);
    assertThat(lines.get(1).indexOf("LOCAL_CONTROL")).isEqualTo(lines.get(0).indexOf("status"));
    assertThat(lines.get(2).indexOf("not decided")).isEqualTo(lines.get(0).indexOf("status"));
    assertThat(lines.get(2).indexOf("100%") + 4)
        .isEqualTo(lines.get(0).indexOf("P(12m)") + 6)
        .isEqualTo(lines.get(1).lastIndexOf("-  LOCAL_CONTROL") + 1);
    assertThat(lines.get(1).indexOf("no next stage"))
        .isEqualTo(lines.get(2).indexOf("2008-11"))
        .isEqualTo(lines.get(0).indexOf("expected"));
  }

  @Test
  void aLongCellInAnyColumnWidensOnlyThatColumn() {
    String[] row = HEADER.clone();
    row[7] = "recommend promotion to A_STAGE_WITH_A_VERY_LONG_IDENTIFIER";
    List<String> lines = print(List.of(HEADER, row)).lines().toList();
    assertThat(lines.get(0).indexOf("status")).isEqualTo(lines.get(1).indexOf("status"));
    assertThat(lines.get(0).indexOf("expected"))
        .isEqualTo(row[7].length() + lines.get(1).indexOf(row[7]) + 1);
    assertThat(lines.get(1).indexOf("expected")).isEqualTo(lines.get(0).indexOf("expected"));
  }

  private static String print(List<String[]> rows) {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    OutlookOutput.aligned(rows, w);
    w.flush();
    return s.toString();
  }
}
