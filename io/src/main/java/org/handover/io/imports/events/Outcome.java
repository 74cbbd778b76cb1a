package org.handover.io.imports.events;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.RegionAssigner.Assignment;
import org.handover.io.imports.events.RejectedRows.Findings;

/** What one staged event import found, before it is committed (or refused, in strict mode). */
record Outcome(long read, long imported, Findings findings, Assignment assignment,
    Map<String, List<String>> unknown, YearMonth first, YearMonth last, List<String> notes) {
  List<Rejection> rejections() {
    return findings.rows().stream().map(RejectedRows.Row::rejection).toList();
  }
}
