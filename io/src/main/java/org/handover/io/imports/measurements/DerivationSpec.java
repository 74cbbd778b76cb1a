package org.handover.io.imports.measurements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.handover.engine.HandoverException;
import org.handover.io.files.ConfigYaml;
import org.handover.io.files.InputFiles;
import org.handover.io.panel.PanelLoader;

/**
 * How measurement files are derived from national series (a YAML file beside the data): which
 * columns of which files are national measurements, and how the illustrative per-region inputs are
 * made from them. File names are relative to the spec's folder. See docs/data-model.md.
 */
public record DerivationSpec(National national, Illustrative illustrative) {
  /** The real national series, written as measurements unchanged (no months added). */
  public record National(String output, List<Series> series) {
    public National {
      required(output, "national.output");
      series = entries(required(series, "national.series"), "national.series");
    }
  }

  /**
   * One national series: a CSV file with a month column and a value column.
   *
   * @param nation the nation of every row, or null
   * @param nationColumn the column naming each row's nation (instead of {@code nation}), or null
   * @param note a template for each row's note: {column} is replaced by that column's value
   */
  public record Series(
      String file,
      String month,
      String value,
      String measure,
      String nation,
      String nationColumn,
      String role,
      String note) {
    public Series {
      if (nation != null && nationColumn != null) {
        throw new IllegalArgumentException("series: give nation or nation_column, not both");
      }
      required(file, "series.file");
      required(value, "series.value");
      required(measure, "series.measure");
      requireFreeName(measure, "series.measure");
      month = month == null ? "month" : month;
      note = note == null ? "" : note;
    }
  }

  /** The illustrative per-region file. */
  public record Illustrative(
      String output, Populations populations, List<Split> split, Governance governance) {
    public Illustrative {
      required(output, "illustrative.output");
      required(populations, "illustrative.populations");
      split = split == null ? List.of() : entries(split, "illustrative.split");
    }
  }

  /**
   * @param source how the populations are described in notes, e.g. "COSIT 2010 projection"
   */
  public record Populations(String file, String region, String population, String source) {
    public Populations {
      required(file, "populations.file");
      region = region == null ? "region" : region;
      population = population == null ? "population" : population;
      source = source == null ? file : source;
    }
  }

  /**
   * Split the national snapshots of {@code measure} (rows without nation or role) by population
   * share.
   */
  public record Split(String measure) {
    public Split {
      required(measure, "split.measure");
      requireFreeName(measure, "split.measure");
    }
  }

  /** A dated 0/1 rule for every region and every month from {@code first} to {@code last}. */
  public record Governance(
      String measure,
      String first,
      String last,
      String from,
      String reason,
      List<RegionRule> exceptions) {
    public Governance {
      required(measure, "governance.measure");
      requireFreeName(measure, "governance.measure");
      required(first, "governance.first");
      required(last, "governance.last");
      required(from, "governance.from");
      exceptions = exceptions == null ? List.of() : entries(exceptions, "governance.exceptions");
    }
  }

  /** Regions whose rule starts at another month, and why. */
  public record RegionRule(List<String> regions, String from, String reason) {
    public RegionRule {
      regions = entries(required(regions, "exceptions.regions"), "exceptions.regions");
      required(from, "exceptions.from");
    }
  }

  /** A key the spec must give (reported with the line, as a user error). */
  private static <T> T required(T value, String key) {
    if (value == null) {
      throw new IllegalArgumentException(key + ": required key missing");
    }
    return value;
  }

  /** A list the spec gives, without empty entries ({@code [~]} reads as a null entry). */
  private static <T> List<T> entries(List<T> values, String key) {
    if (values.contains(null)) {
      throw new IllegalArgumentException(key + ": an entry is empty");
    }
    return List.copyOf(values);
  }

  /** A derived measure may not take a name the panel already uses (reported with the line). */
  private static void requireFreeName(String measure, String key) {
    if (PanelLoader.RESERVED_NAMES.contains(measure)) {
      throw new IllegalArgumentException(key + ": " + MeasurementImporter.reservedReason(measure));
    }
  }

  private static final ObjectMapper YAML =
      ConfigYaml.mapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads a spec; errors (user errors: the spec is wrong) name the file, line and key. */
  public static DerivationSpec read(Path file) {
    try {
      return YAML.readValue(
          new String(InputFiles.readConfig(file), StandardCharsets.UTF_8), DerivationSpec.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ": line " + e.getLocation().getLineNr();
      // A record's own check (a missing or reserved key) says what is wrong; Jackson's wrapper
      // would only add the class it could not construct.
      String what =
          e instanceof ValueInstantiationException
                  && e.getCause() instanceof IllegalArgumentException
              ? e.getCause().getMessage()
              : e.getOriginalMessage();
      throw new HandoverException(file.getFileName() + where + ": " + what, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
