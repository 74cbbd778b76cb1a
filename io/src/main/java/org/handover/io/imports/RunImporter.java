package org.handover.io.imports;

import java.nio.file.Path;
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

  /**
   * Runs the kind under the spec's {@code max_rejected} and {@code rejects} ({@link RunRules}): the
   * rejects file is written before the import commits, and also when it fails on its rejections
   * (strict, or over the limit).
   */
  @Override
  public ImportReport run(Store store, String theater, ImportSpec spec) {
    RunRules outer = RunRules.CURRENT.get();
    RunRules.CURRENT.set(RunRules.of(spec));
    try {
      return runner.run(store, theater, spec);
    } catch (ImportException e) {
      if (spec.option(ImportOption.REJECTS).isPresent() && !e.rejections().isEmpty()) {
        ImportLog.writeRejects(Path.of(spec.option(ImportOption.REJECTS).get()), e.rejections());
      }
      throw e;
    } finally {
      RunRules.CURRENT.set(outer);
    }
  }
}
