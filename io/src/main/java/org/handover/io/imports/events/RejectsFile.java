package org.handover.io.imports.events;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (CsvWriter w = CsvWriter.builder().fieldSeparator(delimiter).build(out)) {
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejects file " + out, e);
    }
  }
}
