package org.handover.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Vega, Vega-Lite and vega-embed, read from their WebJars on the classpath so the page can inline
 * them and open offline. Versions are whatever the build put on the classpath (read from each
 * WebJar's pom.properties), so upgrading is a pom change only.
 */
final class VegaLibraries {
  /** A library's name, version and minified source, ready to sit in a script element. */
  record Library(String name, String version, String source) {}

  private static final List<String> NAMES = List.of("vega", "vega-lite", "vega-embed");
  private static volatile List<Library> cached;

  private VegaLibraries() {}

  /** In load order: vega-lite and vega-embed need vega loaded first. */
  static List<Library> all() {
    List<Library> libs = cached;
    if (libs == null) {
      libs = NAMES.stream().map(VegaLibraries::load).toList();
      cached = libs;
    }
    return libs;
  }

  private static Library load(String name) {
    String version = version(name);
    String path = "META-INF/resources/webjars/" + name + "/" + version + "/" + name + ".min.js";
    String source = read(path);
    // The source-map comment would make browser developer tools fetch a file that is not there.
    source = source.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
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
