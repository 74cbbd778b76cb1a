package org.handover.io.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.io.files.OutputGuard;

/**
 * Provenance as JSON with a fixed key order and LF line ends: the same provenance always gives the
 * same bytes (it carries no wall-clock time).
 */
public final class ProvenanceJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProvenanceJson() {}

  /** The provenance as nested maps and lists, keys in a fixed order. */
  public static Map<String, Object> toMap(Provenance p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("program_version", p.programVersion());
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("name", p.benchmarkSetName());
    set.put("version", p.benchmarkSetVersion());
    set.put("sha256", p.benchmarkSetSha256());
    out.put("benchmark_set", set);
    out.put("seed", p.seed().isPresent() ? p.seed().getAsLong() : null);
    List<Map<String, Object>> inputs = p.inputs().stream().map(ProvenanceJson::input).toList();
    out.put("inputs", inputs);
    out.put("illustrative", p.illustrative());
    out.put("uses_illustrative_data", p.usesIllustrativeData());
    out.put("notes", new TreeMap<>(p.notes()));
    return out;
  }

  public static String toJson(Provenance p) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(toMap(p)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Provenance p, Path out, OutputGuard guard) {
    String json = toJson(p);
    guard.write(out, file -> Files.writeString(file, json, StandardCharsets.UTF_8));
  }

  private static Map<String, Object> input(InputRef r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("sha256", r.sha256());
    m.put("role", r.role());
    return m;
  }
}
