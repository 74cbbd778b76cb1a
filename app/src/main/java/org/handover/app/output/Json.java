package org.handover.app.output;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.handover.engine.provenance.Provenance;
import org.handover.io.export.ProvenanceJson;

/**
 * JSON building blocks shared by every machine-readable output: numbers without NaN, provenance as
 * data.
 */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new ControlEscapes()).build())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * JSON escapes C0 control characters; these escapes add DEL and the C1 controls (one of which,
   * U+009B, starts an escape sequence on some terminals), so no JSON output carries a raw control
   * character to a terminal. Other characters are written as they are.
   */
  private static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
      ASCII[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch >= 0x80 && ch <= 0x9f ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  private Json() {}

  /** NaN and infinities become null: JSON has no NaN. */
  static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  /** Provenance in the same shape as the exported provenance.json files. */
  static ObjectNode provenance(Provenance p) {
    return MAPPER.valueToTree(ProvenanceJson.toMap(p));
  }

  /** The document, indented, then a newline. */
  static void print(ObjectNode root, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      // a tree of plain nodes always serialises: failing here is a bug, not bad input
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.flush();
  }
}
