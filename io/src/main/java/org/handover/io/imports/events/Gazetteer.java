package org.handover.io.imports.events;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionNames;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.ControlCharacters;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.csv.CsvHeader;
import org.handover.io.imports.events.csv.SourceText;

/**
 * Place names and the region each lies in, for sources that give a free-text location instead of a
 * region ("Sadr City, Baghdad"). Matching works on whole words after {@link RegionNames#normalise}:
 * scanning the text left to right, the longest place name starting at each word is taken; of all
 * the places found, the last one wins, because such texts name the small place first and the city
 * or province last ("al-Yarmuk, w. Mosul"). The theater's region names and aliases count as places
 * too, unless the gazetteer says otherwise.
 */
final class Gazetteer {
  private final Map<String, List<Place>> byFirstWord;
  private final int size;

  private record Place(String[] words, RegionId region) {}

  private Gazetteer(Map<String, RegionId> places) {
    Map<String, List<Place>> index = new HashMap<>();
    for (Map.Entry<String, RegionId> e : places.entrySet()) {
      String[] words = e.getKey().split(" ");
      index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Place(words, e.getValue()));
    }
    index.values().forEach(l -> l.sort(Comparator.comparingInt((Place p) -> -p.words().length)));
    this.byFirstWord = index;
    this.size = places.size();
  }

  /**
   * Reads a gazetteer CSV with a header and two columns, place and region (the region by name or
   * alias), adding the theater's own region names and aliases ({@code knownNames}: name -> region).
   */
  static Gazetteer read(Path file, RegionResolver resolver, Map<String, RegionId> knownNames) {
    Map<String, RegionId> places = new HashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    Map<String, UnknownName> unknown = new LinkedHashMap<>();
    try (SourceText text = SourceText.open(file, SourceText.AUTO);
        CsvReader<CsvRecord> reader = CsvHeader.reader(',').ofCsvRecord(text.utf8())) {
      boolean header = true;
      for (CsvRecord r : reader) {
        if (header) {
          header = false;
          continue;
        }
        String where = file.getFileName() + ":" + r.getStartingLineNumber();
        if (r.getFieldCount() < 2 || r.getField(0).isBlank() || r.getField(1).isBlank()) {
          throw new ImportException(
              "gazetteer " + where + ": expected two columns, place and region", List.of());
        }
        for (int f = 0; f < 2; f++) {
          Optional<String> control =
              ControlCharacters.problem(f == 0 ? "place name" : "region name", r.getField(f));
          if (control.isPresent()) {
            throw new ImportException(
                "gazetteer "
                    + where
                    + ": \""
                    + Rejection.echo(ControlCharacters.visible(r.getField(f)))
                    + "\": "
                    + control.get(),
                List.of());
          }
        }
        String regionName = r.getField(1).strip();
        Optional<RegionId> resolved = resolver.resolve(regionName);
        if (resolved.isEmpty()) {
          // every unknown name is collected, so one run lists all the aliases still to write
          unknown.computeIfAbsent(regionName, n -> new UnknownName(r.getStartingLineNumber()))
              .places++;
          continue;
        }
        RegionId region = resolved.get();
        String key = RegionNames.normalise(r.getField(0));
        RegionId before = places.putIfAbsent(key, region);
        if (before != null && !before.equals(region)) {
          throw new ImportException(
              "gazetteer "
                  + where
                  + ": place '"
                  + Rejection.echo(r.getField(0).strip())
                  + "' is already in "
                  + before
                  + " (line "
                  + lineOf.get(key)
                  + "); a place name must point at one region",
              List.of());
        }
        lineOf.putIfAbsent(key, r.getStartingLineNumber());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
    if (!unknown.isEmpty()) {
      throw new ImportException(unknownNames(file, unknown, resolver), List.of());
    }
    knownNames.forEach((name, region) -> places.putIfAbsent(RegionNames.normalise(name), region));
    places.remove("");
    return new Gazetteer(places);
  }

  /** Where an unknown region name first appears in a gazetteer, and how many places name it. */
  private static final class UnknownName {
    final long firstLine;
    long places;

    UnknownName(long firstLine) {
      this.firstLine = firstLine;
    }
  }

  private static String unknownNames(
      Path file, Map<String, UnknownName> unknown, RegionResolver resolver) {
    StringBuilder m =
        new StringBuilder("gazetteer ")
            .append(file.getFileName())
            .append(": ")
            .append(unknown.size() == 1 ? "1 region name is" : unknown.size() + " region names are")
            .append(" not a region of the theater or an alias of one (add an alias for each):");
    unknown.forEach(
        (name, u) ->
            m.append(System.lineSeparator())
                .append("  '")
                .append(Rejection.echo(name))
                .append("' (line ")
                .append(u.firstLine)
                .append(u.places == 1 ? ", 1 place" : ", " + u.places + " places")
                .append("); closest known: ")
                .append(resolver.closest(name, 3)));
    return m.toString();
  }

  static Gazetteer of(Map<String, RegionId> places) {
    Map<String, RegionId> normalised = new HashMap<>();
    places.forEach((k, v) -> normalised.put(RegionNames.normalise(k), v));
    return new Gazetteer(normalised);
  }

  /** The region of the last place named in {@code text}, if any. */
  Optional<RegionId> locate(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String[] words = RegionNames.normalise(text).split(" ");
    RegionId last = null;
    int i = 0;
    while (i < words.length) {
      Place match = longestAt(words, i);
      if (match == null) {
        i++;
      } else {
        last = match.region();
        i += match.words().length;
      }
    }
    return Optional.ofNullable(last);
  }

  private Place longestAt(String[] words, int i) {
    List<Place> candidates = byFirstWord.get(words[i]);
    if (candidates == null) {
      return null;
    }
    for (Place p : candidates) {
      if (i + p.words().length <= words.length
          && Arrays.equals(p.words(), 0, p.words().length, words, i, i + p.words().length)) {
        return p;
      }
    }
    return null;
  }

  int size() {
    return size;
  }
}
