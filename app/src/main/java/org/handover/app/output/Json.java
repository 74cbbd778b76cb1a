package org.handover.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.handover.io.export.ProvenanceJson;
import org.handover.engine.provenance.Provenance;

/** JSON building blocks shared by every machine-readable output: numbers without NaN, provenance as data. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Json() {}

  /** NaN and infinities become null: JSON has no NaN. */
  public static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  /** Provenance in the same shape as the exported provenance.json files. */
  public static ObjectNode provenance(Provenance p) {
    return MAPPER.valueToTree(ProvenanceJson.toMap(p));
  }
}
