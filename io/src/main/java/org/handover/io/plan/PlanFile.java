package org.handover.io.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.files.InputFiles;

/**
 * A plan document read from a file: a JSON object whose {@code transitions} array lists the plan's
 * transitions, each an object with {@code region} (a name or alias of the theater), {@code
 * from_stage} and {@code to_stage} (stages of the benchmark set), {@code month} (YYYY-MM) and
 * {@code tranche} (1 or more). Every other field, at the top or in a transition, is kept in the
 * document as it is, uninterpreted. Every wrong field is reported with the file, the line of its
 * transition, its JSON pointer and what is wrong; nothing is saved then.
 *
 * @param document the file's JSON in canonical form
 * @param sha256 the SHA-256 of the file's bytes
 */
public record PlanFile(
    Path file, String sha256, List<PlannedTransition> transitions, String document) {
  /** The largest plan file read: a solver's document with the posture by month stays well below. */
  public static final long LIMIT = 16L << 20;

  private static final int MAX_PROBLEMS = 20;

  public PlanFile {
    transitions = List.copyOf(transitions);
  }

  /** Where the version came from: the file's name and SHA-256. */
  public String provenance() {
    return "file " + file.getFileName() + " (sha256 " + sha256 + ")";
  }

  /**
   * Reads {@code file}, resolving regions with {@code resolver} and checking stages against {@code
   * stages}.
   *
   * @throws HandoverException naming the file, line, pointer and field of every problem (at most
   *     20)
   */
  public static PlanFile read(Path file, RegionResolver resolver, List<String> stages) {
    byte[] bytes;
    try {
      long size = InputFiles.requireRegular(file);
      if (size > LIMIT) {
        throw new HandoverException(
            "cannot read plan "
                + file
                + ": it is "
                + size
                + " bytes, more than the 16 MiB a plan may be");
      }
      bytes = InputFiles.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new HandoverException("no plan file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new HandoverException(file + ": not UTF-8 text; a plan is a JSON file in UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode root = PlanJson.parse(text, file.toString());
    List<PlannedTransition> transitions =
        transitions(root, transitionLines(text), file.toString(), resolver, stages);
    return new PlanFile(file, sha256(bytes), transitions, PlanJson.canonical(root));
  }

  /**
   * The transitions of a plan document received as text rather than read from a file (the web
   * application), checked as {@link #read} checks a file's; {@code where} names it in errors.
   */
  public static List<PlannedTransition> transitions(
      String text, String where, RegionResolver resolver, List<String> stages) {
    JsonNode root = PlanJson.parse(text, where);
    return transitions(root, transitionLines(text), where, resolver, stages);
  }

  /**
   * The transitions of the plan document {@code root}; {@code lines} the line of each (empty when
   * unknown).
   */
  static List<PlannedTransition> transitions(
      JsonNode root,
      List<Integer> lines,
      String where,
      RegionResolver resolver,
      List<String> stages) {
    if (!root.isObject()) {
      throw new HandoverException(
          where
              + ": a plan document is a JSON object with a \"transitions\" array, not "
              + kind(root));
    }
    JsonNode array = root.get("transitions");
    if (array == null || !array.isArray()) {
      throw new HandoverException(
          where
              + ": no \"transitions\" array; a plan lists its transitions as"
              + " {\"transitions\": [{\"region\": ..., \"from_stage\": ..., \"to_stage\": ...,"
              + " \"month\": \"YYYY-MM\", \"tranche\": 1}, ...]}");
    }
    List<String> problems = new ArrayList<>();
    List<PlannedTransition> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String at =
          where
              + (i < lines.size() ? " line " + lines.get(i) : "")
              + ", transition "
              + (i + 1)
              + " (/transitions/"
              + i;
      JsonNode t = array.get(i);
      if (!t.isObject()) {
        problems.add(at + "): a transition is an object, not " + kind(t));
        continue;
      }
      int before = problems.size();
      Optional<RegionId> region =
          text(t, "region", at, problems)
              .flatMap(
                  name -> {
                    Optional<RegionId> r = resolver.resolve(name);
                    if (r.isEmpty()) {
                      List<String> closest = resolver.closest(name, 3);
                      problems.add(
                          at
                              + "/region): unknown region '"
                              + name
                              + "'"
                              + (closest.isEmpty()
                                  ? ""
                                  : " (closest: " + String.join(", ", closest) + ")"));
                    }
                    return r;
                  });
      Optional<String> from = stage(t, "from_stage", at, stages, problems);
      Optional<String> to = stage(t, "to_stage", at, stages, problems);
      Optional<YearMonth> month =
          text(t, "month", at, problems)
              .flatMap(
                  m -> {
                    try {
                      return Optional.of(YearMonth.parse(m));
                    } catch (DateTimeParseException e) {
                      problems.add(at + "/month): '" + m + "' is not a month (YYYY-MM)");
                      return Optional.empty();
                    }
                  });
      JsonNode tranche = t.get("tranche");
      int trancheNumber = 0;
      if (tranche == null) {
        problems.add(at + "/tranche): missing (1 for the first tranche, 2 for the next...)");
      } else if (!tranche.isIntegralNumber()
          || !tranche.canConvertToInt()
          || tranche.intValue() < 1) {
        problems.add(
            at
                + "/tranche): "
                + PlanJson.canonical(tranche)
                + " is not a whole number of 1 or more");
      } else {
        trancheNumber = tranche.intValue();
      }
      if (problems.size() == before) {
        PlannedTransition transition =
            PlannedTransition.of(region.get(), from.get(), to.get(), month.get(), trancheNumber);
        String key = region.get().name() + "\t" + from.get() + "\t" + to.get();
        if (from.get().equals(to.get())) {
          problems.add(at + "/to_stage): the same stage as from_stage; a transition changes it");
        } else if (seen.containsKey(key)) {
          problems.add(
              at
                  + "): "
                  + region.get()
                  + " moves from "
                  + from.get()
                  + " to "
                  + to.get()
                  + " already in transition "
                  + seen.get(key)
                  + "; a plan moves a region between two stages once");
        } else {
          seen.put(key, (i + 1) + (i < lines.size() ? " (line " + lines.get(i) + ")" : ""));
          out.add(transition);
        }
      }
      if (problems.size() >= MAX_PROBLEMS) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new HandoverException(
          "plan not read: "
              + String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)))
              + (problems.size() >= MAX_PROBLEMS
                  ? "; (stopped at " + MAX_PROBLEMS + " problems)"
                  : ""));
    }
    return out;
  }

  private static Optional<String> text(JsonNode t, String field, String at, List<String> problems) {
    JsonNode v = t.get(field);
    if (v == null || v.isNull()) {
      problems.add(at + "/" + field + "): missing");
      return Optional.empty();
    }
    if (!v.isTextual() || v.textValue().isBlank()) {
      problems.add(at + "/" + field + "): " + PlanJson.canonical(v) + " is not a non-empty string");
      return Optional.empty();
    }
    return Optional.of(v.textValue().strip());
  }

  private static Optional<String> stage(
      JsonNode t, String field, String at, List<String> stages, List<String> problems) {
    return text(t, field, at, problems)
        .filter(
            s -> {
              if (stages.contains(s)) {
                return true;
              }
              problems.add(
                  at
                      + "/"
                      + field
                      + "): stage "
                      + s
                      + " is not in the benchmark set ("
                      + String.join(", ", stages)
                      + ")");
              return false;
            });
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT).replace("pojo", "value");
  }

  /** The line on which each element of the top-level "transitions" array starts. */
  static List<Integer> transitionLines(String text) {
    List<Integer> lines = new ArrayList<>();
    try (JsonParser p = PlanJson.parser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return lines;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("transitions") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            lines.add(p.currentTokenLocation().getLineNr());
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // the tree parser has accepted the text; without lines the messages name the pointer
    }
    return lines;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
