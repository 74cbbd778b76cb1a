package org.handover.io.imports;

import java.util.List;
import java.util.Map;

/** The message a strict import fails with when it found rejected rows or unknown region names. */
@FunctionalInterface
public interface StrictRefusal {
  /** Names the rejection count and the first rejection. */
  StrictRefusal FIRST_REJECTION =
      (fileName, rejections, unknownRegions) ->
          fileName
              + ": "
              + rejections.size()
              + " row(s) rejected and --strict is set; nothing imported. First: "
              + rejections.get(0);

  /**
   * @param unknownRegions region names not found, each with the closest known names, in the order
   *     found
   */
  String message(
      String fileName, List<Rejection> rejections, Map<String, List<String>> unknownRegions);
}
