package org.handover.app;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs docs/new-country.md as a newcomer would: in an empty folder, every {@code console} block's
 * commands in order (with bash, `handover` on the PATH running this build), every file block
 * ({@code ```yaml theater.yaml}) written when it is reached. Each command must exit as the doc says
 * (0, or the code in a trailing {@code # exit code N}) and print every output line the doc shows,
 * in that order ({@code ...} skips lines, or characters inside a line). So the test fails as soon
 * as a command of the doc stops working or its output changes.
 */
class NewCountryWalkThroughTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path DOC = ROOT.resolve("docs/new-country.md");
  private static final Pattern FENCE = Pattern.compile("^```(\\w+)(?: (\\S+))?$");
  private static final Pattern EXIT = Pattern.compile("#\\s*exit code (\\d+)\\s*$");
  private static final String ELLIPSIS = "...";

  @TempDir Path dir;

  /** A step of the walk-through: a file to write, or a command with the output the doc shows. */
  private sealed interface Step permits WriteFile, RunCommand {}

  private record WriteFile(String name, String content, int line) implements Step {}

  private record RunCommand(String command, int exit, List<String> shown, int line)
      implements Step {}

  @Test
  void everyCommandOfTheWalkThroughWorksAsShown() throws Exception {
    List<Step> steps = steps(Files.readAllLines(DOC, StandardCharsets.UTF_8));
    assertThat(steps.stream().filter(RunCommand.class::isInstance).map(s -> (RunCommand) s))
        .as("the walk-through's handover commands")
        .extracting(c -> Stream.of(c.command().split(" ")).limit(2).collect(joining(" ")))
        .contains(
            "handover import",
            "handover imports",
            "handover describe",
            "handover assess",
            "handover history",
            "handover forecast",
            "handover outlook",
            "handover report");
    Path bin = Files.createDirectories(dir.resolve(".bin"));
    Path work = Files.createDirectories(dir.resolve("iraq-raw"));
    Path handover = bin.resolve("handover");
    Files.writeString(
        handover,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -Dhandover.home='"
            + ROOT
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' org.handover.app.Main \"$@\"\n");
    assertThat(handover.toFile().setExecutable(true)).isTrue();

    StringBuilder transcript = new StringBuilder();
    for (Step step : steps) {
      if (step instanceof WriteFile f) {
        Files.writeString(work.resolve(f.name()), f.content());
      } else if (step instanceof RunCommand c) {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", c.command()).directory(work.toFile());
        pb.redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HANDOVER_HOME", ROOT.toString());
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.remove("HANDOVER_DB");
        env.remove("HANDOVER_DEBUG");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(c.command()).isTrue();
        transcript.append("$ ").append(c.command()).append('\n').append(out);
        String where = DOC.getFileName() + ":" + c.line() + ": " + c.command() + "\n" + out;
        assertThat(p.exitValue()).as(where).isEqualTo(c.exit());
        assertShownInOrder(c.shown(), out, where);
      }
    }

    // The outcomes, whatever the doc chooses to show: the events imported with their one rejected
    // row, an assessment of every governorate, and a report that names each of them.
    assertThat(transcript)
        .contains(
            "ibc-raw ibc-incidents-2012-3-6.csv: 27523 rows read, 27522 imported, 1 rejected"
                + " (0.004%), 1492 without region",
            "Assessment as of 2008-06, benchmark set iraq-raw-threat 1.0.0",
            "Outlook from 2008-07 over 12 months");
    List<String> regions = regionNames(work.resolve("iraq-governorates-geoboundaries-cc0.geojson"));
    assertThat(regions).hasSize(18);
    for (String region : regions) {
      assertThat(transcript).as("the assessment names %s", region).contains("\n  " + region + ": ");
    }
    Path report = work.resolve("report.html");
    assertThat(report).exists();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).contains("iraq-raw-threat", "Local lead", "Joint lead", "Foreign lead");
    for (String region : regions) {
      assertThat(html).as("the report names %s", region).contains(region);
    }
  }

  /** The steps of the doc, in order. */
  private static List<Step> steps(List<String> lines) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches() || !(fence.group(1).equals("console") || fence.group(2) != null)) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (!lines.get(end).equals("```")) {
        end++;
      }
      List<String> body = lines.subList(start, end);
      if (fence.group(1).equals("console")) {
        commands(body, start + 1, steps);
      } else {
        steps.add(new WriteFile(fence.group(2), String.join("\n", body) + "\n", start));
      }
      i = end;
    }
    return steps;
  }

  private static void commands(List<String> body, int firstLine, List<Step> steps) {
    int k = 0;
    while (k < body.size()) {
      if (!body.get(k).startsWith("$ ")) {
        throw new IllegalStateException(
            DOC + ":" + (firstLine + k) + ": output before the first command of the block");
      }
      int line = firstLine + k;
      StringBuilder command = new StringBuilder(body.get(k).substring(2));
      while (command.toString().endsWith("\\")) {
        command.setLength(command.length() - 1);
        command.append(body.get(++k).strip()).append(' ');
      }
      k++;
      List<String> shown = new ArrayList<>();
      while (k < body.size() && !body.get(k).startsWith("$ ")) {
        shown.add(body.get(k));
        k++;
      }
      Matcher exit = EXIT.matcher(command);
      int code = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      steps.add(new RunCommand(command.toString().strip(), code, shown, line));
    }
  }

  /**
   * Every shown line (but "...") matches an output line, in order; "..." in a line matches
   * anything.
   */
  private static void assertShownInOrder(List<String> shown, String out, String where) {
    List<String> actual = out.lines().map(String::stripTrailing).toList();
    int next = 0;
    for (String expected : shown) {
      if (expected.strip().equals(ELLIPSIS)) {
        continue;
      }
      Pattern pattern = linePattern(expected.stripTrailing());
      int found = -1;
      for (int j = next; j < actual.size(); j++) {
        if (pattern.matcher(actual.get(j)).matches()) {
          found = j;
          break;
        }
      }
      assertThat(found)
          .as("%s\nthe doc shows this line, not printed (in order):\n%s", where, expected)
          .isNotNegative();
      next = found + 1;
    }
  }

  private static Pattern linePattern(String expected) {
    StringBuilder regex = new StringBuilder();
    int from = 0;
    for (int at = expected.indexOf(ELLIPSIS); at >= 0; at = expected.indexOf(ELLIPSIS, from)) {
      regex.append(Pattern.quote(expected.substring(from, at))).append(".*");
      from = at + ELLIPSIS.length();
    }
    return Pattern.compile(regex.append(Pattern.quote(expected.substring(from))).toString());
  }

  private static List<String> regionNames(Path geojson) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode feature : new ObjectMapper().readTree(geojson.toFile()).get("features")) {
      names.add(feature.at("/properties/name").asText());
    }
    return names;
  }
}
