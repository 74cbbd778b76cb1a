package org.handover.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.handover.engine.provenance.InputRef;
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

  public static ObjectNode provenance(Provenance p) {
    ObjectNode n = MAPPER.createObjectNode();
    ArrayNode inputs = n.putArray("inputs");
    for (InputRef in : p.inputs()) {
      inputs.addObject().put("name", in.name()).put("sha256", in.sha256()).put("role", in.role());
    }
    ObjectNode set = n.putObject("benchmark_set");
    set.put("name", p.benchmarkSetName()).put("version", p.benchmarkSetVersion()).put("sha256", p.benchmarkSetSha256());
    n.put("program_version", p.programVersion());
    if (p.seed().isPresent()) {
      n.put("seed", p.seed().getAsLong());
    } else {
      n.putNull("seed");
    }
    ArrayNode ill = n.putArray("illustrative_variables");
    p.illustrative().forEach(ill::add);
    ObjectNode notes = n.putObject("notes");
    p.notes().forEach(notes::put);
    return n;
  }
}
