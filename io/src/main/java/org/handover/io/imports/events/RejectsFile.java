package org.handover.io.imports.events;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
              try (CsvWriter w = CsvWriter.builder().fieldSeparator(delimiter).build(file)) {
                List<String> head = new ArrayList<>(LEAD);
                head.addAll(header);
                w.writeRecord(head);
                for (RejectedRows.Row r : rows) {
                  List<String> record = new ArrayList<>();
                  record.add(Long.toString(r.rejection().line()));
                  record.add(r.rejection().field());
                  record.add(r.rejection().reason());
                  record.addAll(r.fields());
                  w.writeRecord(record);
                }
              }
            });
  }
}
