package org.handover.io.imports.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.imports.events.mapping.EventMapping;
import org.handover.io.imports.events.mapping.MappingFile;
import org.handover.io.store.Store;

/**
 * Imports one event file into the store's events table, all or nothing, leaving an import record.
 * The heavy lifting happens inside DuckDB (see {@link EventSql}); Java resolves the few distinct
 * region names and points, and describes the few rejected rows. Every row read is imported (with or
 * without a region) or rejected with its line, field and reason.
 */
public final class EventImporter {
  private EventImporter() {}

  public static ImportReport importFile(Store store, EventImportRequest request) {
    return importFile(store, request, ImportPhases.NONE);
  }

  /**
   * As {@link #importFile(Store, EventImportRequest)}, telling {@code phases} how long each phase
   * took.
   */
  public static ImportReport importFile(
      Store store, EventImportRequest request, ImportPhases phases) {
    Path file = request.file();
    String fileName = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file + ": no such file", List.of());
    }
    if (request.format() == EventFormat.CSV && request.mappingFile() == null) {
      throw new ImportException(
          fileName + ": the csv format needs a mapping file (see docs/importing-events.md)",
          List.of());
    }
    EventMapping mapping =
        request.format() == EventFormat.CSV
            ? MappingFile.read(request.mappingFile())
            : request.format().builtInMapping();
    return new EventImport(store, request, mapping, phases).run();
  }
}
