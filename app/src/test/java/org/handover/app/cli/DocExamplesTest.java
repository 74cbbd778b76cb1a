package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handover.app.cli.CommandLineTest.Run;
import org.handover.app.workspace.Home;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of README.md and docs/*.md, so docs and behaviour keep agreeing: every {@code
 * handover ...} command line of a fenced block (on a copy of the built-in example, one copy per
 * document so that a document adding a theater does not change the next one's, in document order,
 * with {@code --db} added and output files written to a temporary folder) must exit 0, and every
 * manifest YAML block (a whole manifest, or entries of {@code imports:}) must load. A block that is
 * deliberately not runnable is marked on the line before its fence with {@code <!-- docs-test: not
 * runnable: REASON -->}.
 */
class DocExamplesTest {
  private static final Pattern FENCE =
      Pattern.compile(
          "(?m)^(<!-- docs-test: not runnable: ([^>]+)-->\\n)?```(\\w*)\\n(.*?)^```",
          Pattern.DOTALL);
  private static final Set<String> OUTPUT_OPTIONS = Set.of("--out", "--samples-out", "--rejects");

  @TempDir static Path dir;
  static Path db;

  /** One fenced block of a doc. */
  record Block(Path doc, int line, String language, String body, String notRunnable) {
    String where() {
      return Home.dir().relativize(doc) + ":" + line;
    }
  }

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("docs.duckdb");
    Run r = CommandLineTest.run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @org.junit.jupiter.api.Test
  void aBlockMarkedNotRunnableIsKnownWithItsReason() {
    String doc =
        "text\n<!-- docs-test: not runnable: needs a licensed file -->\n```bash\nhandover x\n```\n"
            + "```bash\nhandover y\n```\n";
    Matcher m = FENCE.matcher(doc);
    assertThat(m.find()).isTrue();
    assertThat(m.group(2)).isEqualTo("needs a licensed file ");
    assertThat(m.find()).isTrue();
    assertThat(m.group(2)).isNull();
    assertThat(commands("$ ./handover describe 'a b' \\\n    --region Basra  # note\nout\n"))
        .containsExactly("./handover describe 'a b'  --region Basra  # note");
    assertThat(arguments("./handover describe 'a b' --region Basra  # note"))
        .containsExactly("describe", "a b", "--region", "Basra", "--db", db.toString());
  }

  static List<Block> blocks() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Home.dir().resolve("README.md")));
    try (Stream<Path> files = Files.list(Home.dir().resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Block> out = new ArrayList<>();
    for (Path doc : docs) {
      String text = Files.readString(doc);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start(3)).lines().count() + 1;
        out.add(new Block(doc, line, m.group(3), m.group(4), m.group(2)));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandLineRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Block b : blocks()) {
      List<String> commands = commands(b.body());
      if (commands.isEmpty() || b.notRunnable() != null) {
        continue;
      }
      Path docDb = dir.resolve(b.doc().getFileName() + ".duckdb");
      for (String command : commands) {
        tests.add(
            DynamicTest.dynamicTest(
                b.where() + ": " + command,
                () -> {
                  if (!Files.exists(docDb)) {
                    Files.copy(db, docDb);
                  }
                  List<String> args = arguments(command, docDb);
                  Run r = CommandLineTest.run(args.toArray(String[]::new));
                  assertThat(r.exit()).as(b.where() + ": " + command + "\n" + r.err()).isZero();
                }));
      }
    }
    assertThat(tests).as("the docs have command examples").hasSizeGreaterThan(5);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyManifestSnippetLoads() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Block b : blocks()) {
      boolean whole = b.body().contains("\nimports:") || b.body().startsWith("imports:");
      boolean entries = b.body().stripLeading().startsWith("- kind:");
      if (!b.language().equals("yaml") || !(whole || entries) || b.notRunnable() != null) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              b.where(),
              () -> {
                Path folder = Files.createTempDirectory(dir, "manifest");
                copyIraq(folder);
                String yaml = whole ? b.body() : "theater: docs\nimports:\n" + b.body();
                Path manifest = Files.writeString(folder.resolve("theater.yaml"), yaml);
                try (Store store = Store.open(folder.resolve("m.duckdb"))) {
                  var load = ManifestLoader.load(store, TheaterManifest.read(manifest), r -> {});
                  assertThat(load.steps()).isNotEmpty();
                }
              }));
    }
    assertThat(tests).as("the docs have manifest examples").isNotEmpty();
    return tests.stream();
  }

  /**
   * The {@code handover} command lines of a block: lines starting with {@code handover}, {@code
   * ./handover} or {@code $ ./handover}, joined over trailing backslashes, without comments.
   */
  static List<String> commands(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : body.split("\n", -1)) {
      String l = line.strip();
      if (current == null) {
        l = l.startsWith("$ ") ? l.substring(2) : l;
        if (!(l.startsWith("handover ") || l.startsWith("./handover "))) {
          continue;
        }
        current = new StringBuilder();
      }
      boolean continued = l.endsWith("\\");
      current.append(continued ? l.substring(0, l.length() - 1) : l).append(' ');
      if (!continued) {
        out.add(current.toString().strip());
        current = null;
      }
    }
    return out;
  }

  /**
   * The command's arguments as a shell splits them (quotes, comments), with {@code --db} added,
   * output files put in the temporary folder and the repository's paths made absolute.
   */
  static List<String> arguments(String command) {
    return arguments(command, db);
  }

  /** As {@link #arguments(String)}, on the database {@code database}. */
  static List<String> arguments(String command, Path database) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (c == '#' && word == null) {
        break;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (OUTPUT_OPTIONS.contains(args.get(i - 1))) {
        args.set(i, dir.resolve(Path.of(a).getFileName()).toString());
      } else if (!a.startsWith("-") && Files.exists(Home.dir().resolve(a))) {
        args.set(i, Home.dir().resolve(a).toString());
      }
    }
    args.add("--db");
    args.add(database.toString());
    return args;
  }

  /**
   * The built-in example's files, so a snippet naming them finds them; files a snippet names that
   * do not exist (a new country's) are made from the built-in ones below.
   */
  static void copyIraq(Path to) throws IOException {
    Path iraq = Home.iraq();
    try (Stream<Path> files = Files.walk(iraq)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(iraq.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    // docs/import-kinds.md's new-country manifest: provinces with a pcode, and a set of its own.
    Files.copy(iraq.resolve("geo/iraq-governorates.geojson"), to.resolve("geo/provinces.geojson"));
    Files.copy(iraq.resolve("benchmarks/iraq-pic.yaml"), to.resolve("benchmarks/mine.yaml"));
  }
}
