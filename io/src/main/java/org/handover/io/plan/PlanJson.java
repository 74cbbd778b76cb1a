package org.handover.io.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.handover.engine.HandoverException;

/**
 * A plan's document as JSON: parsed strictly (a key given twice is an error, numbers kept exact)
 * and written in one canonical form, so that the same document always has the same bytes and hash:
 * no whitespace, object keys sorted, arrays in order, numbers without a trailing zero or a
 * different spelling of the same value, strings escaped as JSON requires and nothing more.
 */
public final class PlanJson {
  /** Nesting beyond this is refused: a plan document is a few levels deep. */
  static final int MAX_DEPTH = 64;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private PlanJson() {}

  /** The parser of plan documents, for readers that need token locations. */
  static JsonParser parser(String text) throws IOException {
    return MAPPER.getFactory().createParser(text);
  }

  /**
   * The JSON in {@code text}, which {@code where} names in errors.
   *
   * @throws HandoverException with the line and column of the first error
   */
  public static JsonNode parse(String text, String where) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new HandoverException(where + ": empty; a plan document is a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String location =
          e.getLocation() == null
              ? ""
              : " line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new HandoverException(
          where + location + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {@code text} in canonical form. */
  public static String canonical(String text, String where) {
    return canonical(parse(text, where));
  }

  /** {@code node} in canonical form. */
  public static String canonical(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer does not fail", e);
    }
    return out.toString();
  }

  /** {@code node} indented for reading (keys sorted as in the canonical form). */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(MAPPER.readTree(canonical(node)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a canonical document parses", e);
    }
  }

  private static void write(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          keys.add(it.next());
        }
        keys.sort(null); // by UTF-16 code units, as RFC 8785 sorts
        for (String k : keys) {
          g.writeFieldName(k);
          write(node.get(k), g);
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : node) {
          write(item, g);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case NUMBER -> g.writeNumber(number(node));
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      default -> throw new IllegalStateException("not JSON: " + node.getNodeType());
    }
  }

  /** One spelling per value: 1.50, 1.5 and 15e-1 are all 1.5; 100 stays 100. */
  private static String number(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    BigDecimal d = node.decimalValue().stripTrailingZeros();
    if (d.scale() <= 0 && d.precision() - d.scale() <= 21) {
      return d.toBigIntegerExact().toString();
    }
    return d.scale() > 0 && d.scale() <= 21 ? d.toPlainString() : d.toString();
  }
}
