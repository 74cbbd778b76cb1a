package org.handover.io.files;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML parser for configuration files (benchmark sets, manifests, mappings), bounded like the
 * files themselves: no scalar or document beyond {@link InputFiles#CONFIG_LIMIT}, few aliases (a
 * "billion laughs" document expands each alias), shallow nesting; and strict: a key given twice is
 * an error (YAML parsers let the later one win silently, which can flip a threshold), and so is a
 * second document after the first (it would be ignored).
 */
public final class ConfigYaml {
  /** Aliases to a list or map one document may use: real configuration files use none. */
  public static final int MAX_ALIASES = 50;

  /** Nesting depth of lists and maps: a benchmark set nests about six deep. */
  public static final int MAX_DEPTH = 50;

  private ConfigYaml() {}

  /** A new factory with the limits set (factories are cheap; a mapper keeps its own). */
  public static YAMLFactory factory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) InputFiles.CONFIG_LIMIT);
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setAllowRecursiveKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxStringLength((int) InputFiles.CONFIG_LIMIT)
            .maxNestingDepth(MAX_DEPTH)
            .build());
    return factory;
  }

  /** A mapper over {@link #factory()} that also refuses anything after the first document. */
  public static ObjectMapper mapper() {
    return new ObjectMapper(factory()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
