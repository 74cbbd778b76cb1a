package org.handover.io.imports.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handover.io.csv.SafeCsv;
import org.handover.io.files.OutputGuard;

/**
 * Writes rejected rows out so they can be fixed and imported again: three leading columns say where
 * and why (rejected_line, rejected_field, rejected_reason), then the row's original columns under
 * the original header. The importers pick columns by name, so the extra columns do not get in the
 * way.
 */
final class RejectsFile {
  static final List<String> LEAD = List.of("rejected_line", "rejected_field", "rejected_reason");

  private RejectsFile() {}

  static void write(Path out, List<String> header, char delimiter, List<RejectedRows.Row> rows) {
    // whole or not at all; the command checked the file against the user's --force before the
    // import
    OutputGuard.of(true)
        .write(
            out,
            file -> {
              try (SafeCsv w =
                  SafeCsv.of(SafeCsv.builder().fieldSeparator(delimiter).build(file))) {
                List<Object> head = new ArrayList<>(LEAD);
                header.forEach(h -> head.add(SafeCsv.untyped(h)));
                w.record(head);
                for (RejectedRows.Row r : rows) {
                  List<Object> record = new ArrayList<>();
                  record.add(r.rejection().line());
                  record.add(r.rejection().field());
                  record.add(r.rejection().reason());
                  // the original fields have no type here: numbers stay numbers, formulas become
                  // text
                  r.fields().forEach(f -> record.add(SafeCsv.untyped(f)));
                  w.record(record);
                }
              }
            });
  }
}
