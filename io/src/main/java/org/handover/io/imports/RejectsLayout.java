package org.handover.io.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

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

  /**
   * Whether a file starting with {@code head} is a rejects file an import wrote (either layout's
   * header, in any delimiter), which a later run of the same import may renew without --force.
   */
  static boolean wrote(String head) {
    return OWN_HEADER.matcher(head).lookingAt();
  }

  /** The headers of {@link #FIXED} and of the original-columns layout. */
  Pattern OWN_HEADER =
      Pattern.compile(
          "file,line,field,value,reason,raw\\r?\\n|rejected_line(.)rejected_field\\1rejected_reason\\1");
}
