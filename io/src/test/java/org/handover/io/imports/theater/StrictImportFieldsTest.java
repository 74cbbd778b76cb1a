package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.nio.file.Path;
import java.util.Map;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Rejection;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV kinds read numbers the one strict way, refuse ids and region names holding control
 * characters, and refuse a header that names a column twice: never a silently different value.
 */
class StrictImportFieldsTest {
  @TempDir Path dir;

  private static Store regions() {
    Store store = Store.inMemory();
    RegionImporter.importFile(
        store,
        RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
        RegionImporter.Options.defaults("iraq"));
    return store;
  }

  private ImportReport run(Store store, String kind, String csv, Map<String, String> options) {
    return Importers.run(
        store, "iraq", new ImportSpec(kind, write(dir, kind + ".csv", csv), options));
  }

  @Test
  void populationReadsGroupedThousandsButNotAListOfNumbers() {
    try (Store store = regions()) {
      ImportReport r =
          run(
              store,
              "population",
              """
              region,population,year
              Basra,"1,234,567",2010
              Baghdad,"1,2,3",2010
              Anbar,"12,34",2010
              Nineveh,12d,2010
              Erbil,0x1p4,2010
              Karbala,NaN,2010
              Najaf,1000,٢٠١٠
              Dohuk,1000,2010.5
              """,
              Map.of());
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(
              store.strings(
                  "SELECT region || ' ' || population FROM regions WHERE population IS NOT NULL"))
          .containsExactly("Basra 1234567.0");
      assertThat(r.rejections())
          .extracting(Rejection::line, Rejection::field, Rejection::value)
          .containsExactly(
              tuple(3L, "population", "1,2,3"),
              tuple(4L, "population", "12,34"),
              tuple(5L, "population", "12d"),
              tuple(6L, "population", "0x1p4"),
              tuple(7L, "population", "NaN"),
              tuple(8L, "year", "٢٠١٠"),
              tuple(9L, "year", "2010.5"));
      assertThat(r.rejections().get(0).toString())
          .isEqualTo(
              "population.csv:3: field 'population' = \"1,2,3\": population is not a number (digits"
                  + " with an optional sign, decimal point and exponent, e.g. 12, -0.5, 1.2e3;"
                  + " thousands may be grouped as 1,234,567)");
    }
  }

  @Test
  void measurementsAndNeighbourWeightsTakeNoSuffixHexOrSeparators() {
    try (Store store = regions()) {
      ImportReport m =
          run(
              store,
              "measurements",
              """
              month,region,measure,value
              2007-06,Basra,x,12
              2007-06,Basra,y,12d
              2007-06,Basra,z,0x1p4
              2007-06,Basra,w,"1,000"
              2007-06,Basra,v,1_000
              2007-06,Basra,u,-Infinity
              """,
              Map.of());
      assertThat(m.rowsImported()).isEqualTo(1);
      assertThat(m.rejections())
          .extracting(Rejection::line, Rejection::value)
          .containsExactly(
              tuple(3L, "12d"),
              tuple(4L, "0x1p4"),
              tuple(5L, "1,000"),
              tuple(6L, "1_000"),
              tuple(7L, "-Infinity"));
      ImportReport n =
          run(
              store,
              "neighbours",
              """
              a,b,km
              Basra,Maysan,120.5
              Basra,Dhi Qar,12f
              """,
              Map.of("weight_column", "km"));
      assertThat(n.rejections())
          .singleElement()
          .extracting(Rejection::line, Rejection::value)
          .containsExactly(3L, "12f");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      quoteCharacter = '~',
      value = {
        "population|region,population\\nBasra\u0000,100\\nBaghdad,200\\n|region",
        "measurements|month,region,measure,value\\n2007-06,Basra\u0007,x,1\\n2007-06,Baghdad,x,1\\n|region",
        "neighbours|a,b\\nBasra\u001b,Maysan\\nBaghdad,Anbar\\n|a",
        "aliases|alias,region\\nBasrah\u0085,Basra\\nBagdad,Baghdad\\n|alias",
        "aliases|alias,region\\nBasrah,Basra\u0000\\nBagdad,Baghdad\\n|region",
      })
  void anIdOrRegionNameWithAControlCharacterIsRejectedNotMatched(
      String kind, String csv, String field) {
    try (Store store = regions()) {
      ImportReport r = run(store, kind, csv.replace("\\n", "\n"), Map.of());
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(r.rejections())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.line()).isEqualTo(2);
                assertThat(x.field()).isEqualTo(field);
                assertThat(x.reason()).contains("contains the control character U+00");
              });
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      quoteCharacter = '~',
      value = {
        "population|region,population, Population\\nBasra,1,2\\n|'Population' twice (columns 2 and 3)",
        "measurements|month,region,measure,value,REGION\\n2007-06,Basra,x,1,Baghdad\\n"
            + "|'REGION' twice (columns 2 and 5)",
        "neighbours|a,b,A\\nBasra,Maysan,Anbar\\n|'A' twice (columns 1 and 3)",
        "aliases|alias,region,alias\\nx,Basra,y\\n|'alias' twice (columns 1 and 3)",
      })
  void aHeaderNamingAColumnTwiceIsAnErrorNamingBothPositions(
      String kind, String csv, String message) {
    try (Store store = regions()) {
      assertThatThrownBy(() -> run(store, kind, csv.replace("\\n", "\n"), Map.of()))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith(kind + ".csv: line 1: the header names column ")
          .hasMessageContaining(message);
      assertThat(
              store.count(
                  "SELECT count(*) FROM imports WHERE status = 'committed' AND kind <> 'regions'"))
          .isZero();
    }
  }
}
