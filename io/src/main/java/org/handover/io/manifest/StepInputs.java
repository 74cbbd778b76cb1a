package org.handover.io.manifest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;

/**
 * The fingerprint of one manifest step's inputs: SHA-256 over its kind, its file's SHA-256 and its
 * options, with every option that names an input file taken by that file's SHA-256. Where the files
 * lie does not count, their content does; where rejected rows are written does not count either.
 */
final class StepInputs {
  private StepInputs() {}

  static String of(ImportSpec spec) {
    Importer importer = Importers.kind(spec.kind()).orElseThrow();
    Set<String> files =
        importer.options().stream()
            .filter(ImportOption::inputFile)
            .map(ImportOption::name)
            .collect(Collectors.toSet());
    StringBuilder text = new StringBuilder("kind\u0000").append(spec.kind()).append('\n');
    text.append("file\u0000").append(spec.file() == null ? "" : ImportLog.sha256(spec.file()));
    for (Map.Entry<String, String> o : spec.options().entrySet()) {
      if (o.getKey().equals(ImportOption.REJECTS.name())) {
        continue;
      }
      String value =
          files.contains(o.getKey()) ? ImportLog.sha256(Path.of(o.getValue())) : o.getValue();
      text.append('\n').append(o.getKey()).append('\u0000').append(value);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
