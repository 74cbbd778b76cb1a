package org.handover.io.imports;

import java.util.List;
import java.util.function.Predicate;
import org.handover.io.store.Store;

/** An {@link Importer} made of its parts: what {@link Importer#of} returns. */
record RunImporter(
    String kind,
    List<ImportOption> options,
    Predicate<ImportSpec> needsFileFor,
    Importer.Run runner)
    implements Importer {
  @Override
  public boolean needsFile(ImportSpec spec) {
    return needsFileFor.test(spec);
  }

  @Override
  public ImportReport run(Store store, String theater, ImportSpec spec) {
    return Importer.writeRejects(spec, runner.run(store, theater, spec));
  }
}
