package org.handover.io.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A node of a {@link LocatedYaml} with typed, position-aware accessors: every error names file,
 * line and key.
 */
public final class YamlNode {
  private final LocatedYaml doc;
  private final String pointer;
  private final JsonNode node;

  YamlNode(LocatedYaml doc, String pointer, JsonNode node) {
    this.doc = doc;
    this.pointer = pointer;
    this.node = node;
  }

  public static YamlNode root(LocatedYaml doc) {
    return new YamlNode(doc, "", doc.root());
  }

  public String pointer() {
    return pointer;
  }

  public JsonNode raw() {
    return node;
  }

  public ConfigException error(String message) {
    return doc.error(pointer, message);
  }

  /**
   * An error {@code offset} characters into this scalar's text, for single-line plain or quoted
   * scalars; block scalars point at their first line.
   */
  public ConfigException errorAtOffset(int offset, String message) {
    int[] pos = doc.position(pointer);
    String line = doc.line(pos[0]);
    int col = pos[1];
    boolean quoted =
        col - 1 < line.length() && (line.charAt(col - 1) == '"' || line.charAt(col - 1) == '\'');
    boolean block =
        col - 1 < line.length() && (line.charAt(col - 1) == '|' || line.charAt(col - 1) == '>');
    int at = block ? col : col + (quoted ? 1 : 0) + Math.max(0, offset);
    return new ConfigException(doc.file(), pos[0], at, LocatedYaml.keyPath(pointer), message);
  }

  /**
   * Fails on keys not in {@code allowed}, suggesting the closest allowed key (catches typos like
   * "treshold").
   */
  public YamlNode allowOnly(Set<String> allowed) {
    requireObject();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        String closest =
            allowed.stream()
                .min(
                    Comparator.comparingInt(
                        a -> LevenshteinDistance.getDefaultInstance().apply(a, name)))
                .orElse("");
        throw doc.error(
            pointer + "/" + name,
            "unknown key '"
                + name
                + "'"
                + (closest.isEmpty() ? "" : " (did you mean '" + closest + "'?)")
                + "; allowed: "
                + allowed.stream().sorted().toList());
      }
    }
    return this;
  }

  public boolean has(String key) {
    return node.isObject() && node.has(key) && !node.get(key).isNull();
  }

  public YamlNode get(String key) {
    requireObject();
    JsonNode child = node.get(key);
    if (child == null || child.isNull()) {
      throw error("missing required key '" + key + "'");
    }
    return new YamlNode(doc, pointer + "/" + key, child);
  }

  public Optional<YamlNode> find(String key) {
    return has(key) ? Optional.of(get(key)) : Optional.empty();
  }

  public String text() {
    if (!node.isValueNode()) {
      throw error("expected a text value");
    }
    return node.asText();
  }

  public String string(String key) {
    String s = get(key).text();
    if (s.isBlank()) {
      throw get(key).error("must not be empty");
    }
    return s;
  }

  public String string(String key, String fallback) {
    return has(key) ? get(key).text() : fallback;
  }

  public double number(String key) {
    YamlNode n = get(key);
    if (!n.node.isNumber()) {
      throw n.error("expected a number, found '" + n.node.asText() + "'");
    }
    double v = n.node.asDouble();
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw n.error("expected a finite number");
    }
    return v;
  }

  public double number(String key, double fallback) {
    return has(key) ? number(key) : fallback;
  }

  public int integer(String key, int fallback) {
    if (!has(key)) {
      return fallback;
    }
    YamlNode n = get(key);
    if (!n.node.canConvertToInt() || !n.node.isIntegralNumber()) {
      throw n.error("expected a whole number, found '" + n.node.asText() + "'");
    }
    return n.node.asInt();
  }

  public List<YamlNode> list(String key) {
    YamlNode n = get(key);
    if (!n.node.isArray()) {
      throw n.error("expected a list");
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < n.node.size(); i++) {
      out.add(new YamlNode(doc, n.pointer + "/" + i, n.node.get(i)));
    }
    return out;
  }

  public List<String> strings(String key) {
    if (!has(key)) {
      return List.of();
    }
    return list(key).stream().map(YamlNode::text).toList();
  }

  public boolean isObject() {
    return node.isObject();
  }

  public boolean isText() {
    return node.isTextual();
  }

  private void requireObject() {
    if (!node.isObject()) {
      throw error("expected a mapping of keys to values");
    }
  }
}
