package org.handover.io.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.handover.io.files.ConfigYaml;
import org.handover.io.files.InputFiles;

/**
 * A YAML document as a Jackson tree plus the line and column of every node, so that errors found
 * after parsing (a wrong threshold, an unknown indicator) can still point at the file position.
 */
public final class LocatedYaml {
  private static final YAMLFactory FACTORY = ConfigYaml.factory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final Path file;
  private final byte[] bytes;
  private final JsonNode root;
  private final Map<String, int[]> positions;

  private LocatedYaml(Path file, byte[] bytes, JsonNode root, Map<String, int[]> positions) {
    this.file = file;
    this.bytes = bytes;
    this.root = root;
    this.positions = positions;
  }

  public static LocatedYaml read(Path file) {
    byte[] bytes;
    try {
      bytes = InputFiles.readConfig(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(file, bytes);
  }

  /**
   * YAML text that is not a file (a request's body, say); {@code name} stands for the file in
   * errors, which name its line, column and key as for a file.
   */
  public static LocatedYaml parse(Path name, byte[] bytes) {
    Path file = name;
    try {
      JsonNode root;
      try (JsonParser p = FACTORY.createParser(bytes)) {
        root = MAPPER.readTree(p);
        if (root != null && p.nextToken() != null) {
          JsonLocation at = p.currentTokenLocation();
          throw new ConfigException(
              file,
              Math.max(1, at.getLineNr()),
              Math.max(1, at.getColumnNr()),
              "",
              "a second YAML document: a configuration file holds one (remove the '---' and what"
                  + " follows, or merge it into the first)");
        }
      }
      if (root == null || root.isMissingNode()) {
        throw new ConfigException(file, 1, 1, "", "the file is empty");
      }
      return new LocatedYaml(file, bytes, root, positions(bytes));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int col = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw new ConfigException(file, line, col, "", "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Map<String, int[]> positions(byte[] bytes) throws IOException {
    Map<String, int[]> out = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonPointer ptr = p.getParsingContext().pathAsPointer();
        JsonLocation loc = p.currentTokenLocation();
        out.putIfAbsent(ptr.toString(), new int[] {loc.getLineNr(), loc.getColumnNr()});
      }
    }
    return out;
  }

  public Path file() {
    return file;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public JsonNode root() {
    return root;
  }

  /**
   * An error at the node {@code pointer} (a JSON pointer such as {@code
   * /conditions/1/benchmarks/0/threshold}).
   */
  public ConfigException error(String pointer, String message) {
    String p = pointer;
    int[] pos = positions.get(p);
    while (pos == null && !p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
      pos = positions.get(p);
    }
    int line = pos == null ? 1 : pos[0];
    int col = pos == null ? 1 : pos[1];
    return new ConfigException(file, line, col, keyPath(pointer), message);
  }

  /** Line and column of the node at {@code pointer}, or of its nearest located parent. */
  public int[] position(String pointer) {
    String p = pointer;
    int[] pos = positions.get(p);
    while (pos == null && !p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
      pos = positions.get(p);
    }
    return pos == null ? new int[] {1, 1} : pos.clone();
  }

  /** The text of 1-based line {@code n} (empty when out of range). */
  public String line(int n) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
    return n >= 1 && n <= lines.length ? lines[n - 1] : "";
  }

  /** {@code /conditions/1/threshold} -> {@code conditions[1].threshold} */
  static String keyPath(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(part).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return sb.toString();
  }
}
