package org.handover.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Vega, Vega-Lite and vega-embed, read from their WebJars on the classpath so the page can inline
 * them and open offline. Versions are whatever the build put on the classpath (read from each
 * WebJar's pom.properties), so upgrading is a pom change only. vega-interpreter, which evaluates
 * Vega's expressions without {@code eval} so the page's Content-Security-Policy can forbid it, has
 * no WebJar: it is bundled under {@code vendor/} beside this class (see the README there).
 */
public final class VegaLibraries {
  /** A library's name, version and minified source, ready to sit in a script element. */
  record Library(String name, String version, String source) {}

  private static final List<String> NAMES =
      List.of("vega", "vega-interpreter", "vega-lite", "vega-embed");
  private static final String VENDORED = "vega-interpreter";
  private static volatile List<Library> cached;

  private VegaLibraries() {}

  /** In load order: the others need vega loaded first. */
  static List<Library> all() {
    List<Library> libs = cached;
    if (libs == null) {
      libs = NAMES.stream().map(VegaLibraries::load).toList();
      cached = libs;
    }
    return libs;
  }

  /**
   * The source of one library, by name ({@code vega}, {@code vega-interpreter}, {@code vega-lite},
   * {@code vega-embed}): the web application serves the same files the report inlines.
   */
  public static Optional<String> source(String name) {
    return all().stream().filter(l -> l.name().equals(name)).map(Library::source).findFirst();
  }

  /** The names of the libraries, in load order. */
  public static List<String> names() {
    return NAMES;
  }

  /** As {@link #embedCss}, for the web application. */
  public static String embedStyles() {
    return embedCss();
  }

  /**
   * vega-embed's and vega-tooltip's default style rules, which the page includes itself so that
   * vega-embed need not inject a style element (see {@code vendor/vega-embed.css}).
   */
  static String embedCss() {
    return read("org/handover/app/report/vendor/vega-embed.css");
  }

  private static Library load(String name) {
    boolean vendored = name.equals(VENDORED);
    String vendor = "org/handover/app/report/vendor/";
    String version = vendored ? read(vendor + name + ".version").strip() : version(name);
    String path =
        vendored
            ? vendor + name + ".min.js"
            : "META-INF/resources/webjars/" + name + "/" + version + "/" + name + ".min.js";
    String source = read(path);
    // The source-map comment would make browser developer tools fetch a file that is not there.
    source = source.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
    if (source.indexOf('\r') >= 0) {
      // HTML turns a carriage return into a newline before the browser hashes a script for CSP
      throw new IllegalStateException(path + " contains a carriage return and cannot be hashed");
    }
    if (source.toLowerCase(Locale.ROOT).contains("</script")) {
      throw new IllegalStateException(path + " contains '</script' and cannot be inlined");
    }
    return new Library(name, version, source);
  }

  private static String version(String name) {
    Properties p = new Properties();
    String path = "META-INF/maven/org.webjars/" + name + "/pom.properties";
    try (InputStream in = resource(path)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    String v = p.getProperty("version");
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(path + " has no version");
    }
    return v.strip();
  }

  private static String read(String path) {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = VegaLibraries.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "WebJar resource "
              + path
              + " is not on the classpath (is org.webjars:"
              + path.split("/")[2]
              + " a dependency?)");
    }
    return in;
  }
}
