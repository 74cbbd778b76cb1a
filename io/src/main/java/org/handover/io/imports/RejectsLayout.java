package org.handover.io.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * How an import writes its rejected rows to a rejects file, so they can be fixed and imported
 * again. Most kinds use {@link #FIXED}; a kind that can give back each row's original columns
 * writes those instead.
 */
@FunctionalInterface
public interface RejectsLayout {
  /**
   * One row per rejection: file, line, field, value, reason and the original record as one field.
   */
  RejectsLayout FIXED = ImportLog::writeRejects;

  void write(Path out, List<Rejection> rejections);
}
