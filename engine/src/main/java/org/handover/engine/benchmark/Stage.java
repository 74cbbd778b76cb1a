package org.handover.engine.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rung of the transition ladder (e.g. FOREIGN_LEAD, JOINT, LOCAL_LEAD, LOCAL_CONTROL,
 * SELF_RELIANT). A region is at the highest stage whose conditions, and those of every stage below
 * it, are all met. The first stage requires nothing.
 *
 * @param name how the stage is shown to people ("Foreign lead"); when not given, words derived from
 *     the id (see {@link #name()})
 * @param hysteresis how long the stage's conditions must hold before a region is recommended for
 *     it, and fail before it is flagged or stepped back ({@link StageHysteresis#defaults} when not
 *     given)
 */
public record Stage(
    String id, String name, String description, List<String> requires, StageHysteresis hysteresis) {
  public Stage {
    Objects.requireNonNull(id, "id");
    name = name == null ? wordsOf(id) : name;
    if (name.isBlank()) {
      throw new IllegalArgumentException("stage " + id + " has a blank name");
    }
    description = description == null ? "" : description;
    requires = List.copyOf(requires);
    hysteresis = hysteresis == null ? StageHysteresis.defaults(id) : hysteresis;
    if (!hysteresis.stage().equals(id)) {
      throw new IllegalArgumentException(
          "stage " + id + " has the hysteresis of stage " + hysteresis.stage());
    }
  }

  /** A stage named after its id. */
  public Stage(String id, String description, List<String> requires, StageHysteresis hysteresis) {
    this(id, null, description, requires, hysteresis);
  }

  /** A stage named after its id, with the default hysteresis. */
  public Stage(String id, String description, List<String> requires) {
    this(id, null, description, requires, null);
  }

  /**
   * The display name: the one given, or words derived from the id: "FOREIGN_LEAD" -> "Foreign
   * lead"; an id that is already words ("Joint ops") is kept, with underscores as spaces.
   */
  @Override
  public String name() {
    return name;
  }

  private static String wordsOf(String id) {
    if (!id.equals(id.toUpperCase(Locale.ROOT))) {
      return id.replace('_', ' ');
    }
    String words = id.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
