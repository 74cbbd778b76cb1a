package org.handover.io.files;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML parser for configuration files (benchmark sets, manifests, mappings), bounded like the
 * files themselves: no scalar or document beyond {@link InputFiles#CONFIG_LIMIT}, few aliases (a
 * "billion laughs" document expands each alias), shallow nesting.
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
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxStringLength((int) InputFiles.CONFIG_LIMIT)
            .maxNestingDepth(MAX_DEPTH)
            .build());
    return factory;
  }
}
