package org.handover.io.imports.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.io.imports.ImportLog;
import org.handover.io.store.Store;

/** The import record an event import leaves: the imports row, its rejections, its options as JSON. */
final class EventImportRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventImportRecords() {}

  static ImportLog.Entry entry(EventImportRequest r, String sha, long importId, String status,
      String options, Outcome o) {
    String notes = o == null ? null : String.join("\n", o.notes());
    return new ImportLog.Entry(importId, r.theater(), r.format().id(), r.file(), sha, status,
        o == null ? 0 : o.read(), o == null || !"committed".equals(status) ? 0 : o.imported(),
        o == null ? 0 : o.findings().rows().size(), o == null || !"committed".equals(status) ? 0 : o.assignment().unassigned(),
        o == null ? null : o.first(), o == null ? null : o.last(), options, notes);
  }

  /**
   * Records a failed import. Returns the problem if even that could not be written (the caller attaches it
   * to the error it throws, so that the original failure is the one reported).
   */
  static RuntimeException failure(Store store, EventImportRequest r, String sha, long importId,
      String options, Outcome o, String why) {
    ImportLog.Entry failed = entry(r, sha, importId, "failed", options, o).withLeadingNote(why);
    try {
      store.inTransaction(c -> {
        ImportLog.write(c, failed, o == null ? List.of() : o.rejections());
        return null;
      });
      return null;
    } catch (RuntimeException notRecorded) {
      return notRecorded;
    }
  }

  static String strictMessage(String fileName, Outcome o) {
    StringBuilder s = new StringBuilder(fileName + ": strict import refused, nothing imported: ")
        .append(o.findings().rows().size()).append(" rejected rows, ").append(o.unknown().size())
        .append(" unknown region names");
    o.rejections().forEach(r -> s.append("\n  ").append(r));
    o.unknown().forEach((name, closest) -> s.append("\n  unknown region '").append(name).append("' (closest: ")
        .append(String.join(", ", closest)).append(")"));
    return s.toString();
  }

  static String options(EventImportRequest r, EventMapping m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("format", r.format().id());
    o.put("mapping", m);
    o.put("gazetteer", r.gazetteer() == null ? null : r.gazetteer().getFileName().toString());
    o.put("gazetteer_sha256", r.gazetteer() == null ? null : ImportLog.sha256(r.gazetteer()));
    o.put("strict", r.strict());
    o.put("allow_duplicate", r.allowDuplicate());
    o.put("rejects_file", r.rejectsFile() == null ? null : r.rejectsFile().toString());
    o.put("date_range", List.of(EventSql.MIN_DATE.toString(), EventSql.MAX_DATE.toString()));
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
