package org.handover.app.report.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.Collection;

/** Jackson helpers for Vega-Lite specs and for putting JSON inside a {@code <script>} element. */
public final class VegaJson {
  public static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VegaJson() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static ArrayNode strings(Collection<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  /**
   * A spec fragment written as JSON text, for the parts of a spec that do not depend on the data.
   */
  public static ObjectNode parse(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("spec template is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!(node instanceof ObjectNode o)) {
      throw new IllegalArgumentException("spec template is not a JSON object: " + json);
    }
    return o;
  }

  /** The first day of the month as an ISO date, the form Vega parses as a UTC date. */
  public static String date(YearMonth month) {
    return month.atDay(1).toString();
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }

  /**
   * JSON that can sit inside a {@code <script>} element: every {@code <} becomes {@code \u003c}
   * (legal only inside JSON strings, where it means the same), so neither {@code </script>} nor
   * {@code <!--} can end or confuse the element. U+2028/U+2029 are escaped for old parsers.
   */
  public static String forScript(JsonNode node) {
    return write(node)
        .replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }
}
