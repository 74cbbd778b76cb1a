package org.handover.io.imports.theater;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handover.io.files.InputFiles;
import org.handover.io.imports.ImportException;

/**
 * Reads the features of a GeoJSON FeatureCollection with Jackson (JTS's reader drops feature
 * properties), remembering the line each feature starts on so errors can point at it.
 */
final class RegionFeatures {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One feature as read: its position in the collection, its first line, and its JSON. */
  record Feature(int index, long line, JsonNode json) {
    JsonNode properties() {
      JsonNode p = json.get("properties");
      return p == null || p.isNull() ? JSON.createObjectNode() : p;
    }

    JsonNode geometry() {
      return json.get("geometry");
    }

    /** "features[3]" and, when known, the name: for messages. */
    String label(String nameProperty) {
      String name = text(properties(), nameProperty);
      return "features[" + index + "]" + (name.isEmpty() ? "" : " (" + name + ")");
    }
  }

  private RegionFeatures() {}

  static List<Feature> read(Path file) {
    String name = file.getFileName().toString();
    List<Feature> features = new ArrayList<>();
    boolean sawFeatures = false;
    try (JsonParser p = JSON.createParser(InputFiles.newInputStream(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ImportException(name + ": line 1: not a GeoJSON object", List.of());
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("type".equals(field)) {
          if (!"FeatureCollection".equals(p.getText())) {
            throw new ImportException(
                name
                    + ": line "
                    + p.currentTokenLocation().getLineNr()
                    + ": type is \""
                    + p.getText()
                    + "\"; a FeatureCollection of region polygons is expected",
                List.of());
          }
        } else if ("features".equals(field)) {
          if (value != JsonToken.START_ARRAY) {
            throw new ImportException(
                name
                    + ": line "
                    + p.currentTokenLocation().getLineNr()
                    + ": 'features' is not an array",
                List.of());
          }
          sawFeatures = true;
          int index = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            JsonNode feature = p.readValueAsTree();
            features.add(new Feature(index++, line, feature));
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      // Malformed JSON, and JSON beyond the parser's limits (nesting deeper than 1000 levels, a
      // number of thousands of digits): the file's fault, not a failure to read it.
      JsonLocation at = e.getLocation();
      throw new ImportException(
          name
              + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": not valid JSON: "
              + e.getOriginalMessage(),
          e);
    } catch (CharConversionException e) {
      // Jackson tells the encoding (UTF-8, -16 or -32) from the first bytes: bytes that are none
      // of them are the file's fault, not a failure to read it.
      throw new ImportException(name + ": not valid JSON text: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!sawFeatures) {
      throw new ImportException(
          name + ": no 'features' array: a GeoJSON FeatureCollection is expected", List.of());
    }
    return features;
  }

  /** A property as trimmed text, "" when absent or null. */
  static String text(JsonNode properties, String key) {
    JsonNode v = properties.get(key);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }
}
