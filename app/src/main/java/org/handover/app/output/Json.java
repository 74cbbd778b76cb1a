package org.handover.app.output;

import com.fasterxml.jackson.core.JsonProcessingException;
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
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

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
