package org.handover.io.manifest;

import java.nio.file.Path;
import java.util.List;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Rejection;

/**
 * A manifest step's import failed, so the whole manifest did: says which step, and keeps the
 * import's rejections.
 */
public final class ManifestStepException extends ImportException {
  private static final long serialVersionUID = 1L;

  private final int step;

  ManifestStepException(Path manifest, int step, ImportSpec spec, ImportException cause) {
    super(
        manifest
            + ": step "
            + step
            + " ("
            + spec.kind()
            + (spec.file() == null ? "" : " " + spec.file().getFileName())
            + ") failed: "
            + cause.getMessage(),
        cause);
    this.step = step;
  }

  /** The failed step, 1-based. */
  public int step() {
    return step;
  }

  @Override
  public List<Rejection> rejections() {
    return ((ImportException) getCause()).rejections();
  }
}
