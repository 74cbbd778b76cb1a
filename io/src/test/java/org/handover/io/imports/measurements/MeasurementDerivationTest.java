package org.handover.io.imports.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.panel.LoadedPanel;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementDerivationTest {
  private static final Path SPEC = RepoData.path("data/iraq/forces/measurements-derivation.yaml");

  @TempDir Path dir;

  @Test
  void regeneratingGivesTheCommittedFilesByteForByte() throws IOException {
    MeasurementDerivation.Result result = MeasurementDerivation.generate(SPEC, dir);

    // 7 ISF and 12 US snapshots, and 62 snapshots of the other coalition nations' contingents
    assertThat(result.nationalRows()).isEqualTo(7 + 12 + 62);
    assertThat(result.illustrativeRows()).isEqualTo(7 * 18 + 106 * 18);
    for (String name :
        new String[] {"national-measurements.csv", "illustrative-governorate-measurements.csv"}) {
      assertThat(Files.readAllBytes(dir.resolve(name)))
          .as(name + " (regenerate it and commit if the method changed)")
          .isEqualTo(Files.readAllBytes(RepoData.path("data/iraq/forces/" + name)));
    }
  }

  @Test
  void derivedFilesImportAndSplitAddsBackUpToTheNationalFigure() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      ImportReport real =
          MeasurementImporter.importFile(
              store,
              RepoData.path("data/iraq/forces/national-measurements.csv"),
              MeasurementImporter.Options.defaults("iraq").strict(true));
      ImportReport derived =
          MeasurementImporter.importFile(
              store,
              RepoData.path("data/iraq/forces/illustrative-governorate-measurements.csv"),
              MeasurementImporter.Options.defaults("iraq").illustrative(true).strict(true));
      assertThat(real.rowsImported()).isEqualTo(7 + 12 + 62);
      assertThat(derived.rowsImported()).isEqualTo(2034);

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());
      Panel p = loaded.panel();

      for (String month : new String[] {"2005-03", "2007-06", "2008-05"}) {
        int m = p.months().offsetOf(YearMonth.parse(month));
        double sum = 0;
        for (double[] row : p.values("local_force_personnel")) {
          sum += row[m];
        }
        assertThat(sum).as(month).isEqualTo(p.values("national_local_force_personnel")[0][m]);
      }
      assertThat(p.value("local_force_personnel", RegionId.of("Basra"), YearMonth.of(2007, 7)))
          .as("no invented months")
          .isNaN();
      assertThat(
              p.value(
                  "national_foreign_troops.nation.US",
                  RegionId.of("Basra"),
                  YearMonth.of(2007, 10)))
          .isEqualTo(170_000);
      // the other nations are their own measure: the foreign troops the benchmark set reads stay
      // the US series
      assertThat(p.value("national_foreign_troops", RegionId.of("Basra"), YearMonth.of(2007, 10)))
          .isEqualTo(170_000);
      assertThat(
              p.value(
                  "national_coalition_troops.nation.UK",
                  RegionId.of("Basra"),
                  YearMonth.of(2007, 2)))
          .isEqualTo(7_100);
      assertThat(p.value("governance_functioning", RegionId.of("Basra"), YearMonth.of(2005, 1)))
          .isZero();
      assertThat(p.value("governance_functioning", RegionId.of("Basra"), YearMonth.of(2005, 2)))
          .isEqualTo(1.0);
      assertThat(p.value("governance_functioning", RegionId.of("Erbil"), YearMonth.of(2003, 3)))
          .isEqualTo(1.0);
      assertThat(loaded.illustrativeVariables())
          .containsExactly("governance_functioning", "local_force_personnel");
    }
  }

  @Test
  void specErrorsNameTheFileAndLine() throws IOException {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(spec, "national:\n  output: n.csv\n  series: []\n  colour: blue\n");
    assertThatThrownBy(() -> DerivationSpec.read(spec))
        .hasMessageStartingWith("bad.yaml: line 4")
        .hasMessageContaining("colour");
  }

  @Test
  void aMissingKeyOrAnEmptyEntryIsAUserErrorNamingTheKey() throws IOException {
    Path spec = dir.resolve("missing.yaml");
    Files.writeString(spec, "national:\n  series: []\n");
    assertThatThrownBy(() -> DerivationSpec.read(spec))
        .isInstanceOf(HandoverException.class)
        .hasMessageStartingWith("missing.yaml: line ")
        .hasMessageEndingWith(": national.output: required key missing");
    Files.writeString(spec, "national:\n  output: n.csv\n  series: [~]\n");
    assertThatThrownBy(() -> DerivationSpec.read(spec))
        .isInstanceOf(HandoverException.class)
        .hasMessageEndingWith(": national.series: an entry is empty");
  }

  @Test
  void aDerivedMeasureMayNotTakeANameThePanelUses() throws IOException {
    Path spec = dir.resolve("reserved.yaml");
    Files.writeString(
        spec,
        """
        national:
          output: n.csv
          series:
            - file: x.csv
              value: v
              measure: deaths_best
        """);
    assertThatThrownBy(() -> DerivationSpec.read(spec))
        .hasMessageStartingWith("reserved.yaml: line ")
        .hasMessageContaining("series.measure: measure name 'deaths_best' is reserved");
  }

  @Test
  void anImplausibleNationalValueNamesFileLineAndField() throws IOException {
    Files.writeString(dir.resolve("x.csv"), "month,v\n2007-01,5\n2007-02,1e300\n");
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        """
        national:
          output: n.csv
          series:
            - file: x.csv
              value: v
              measure: advisers
        """);
    assertThatThrownBy(
            () -> MeasurementDerivation.national(DerivationSpec.read(spec).national(), dir))
        .hasMessage("x.csv:3: field 'v' = \"1e300\": not a finite number within -1e15 .. 1e15");
  }

  @Test
  void aValueJavaWouldReadLenientlyIsNoNumber() throws IOException {
    // Java reads "5d" as 5 and "0x1p2" as 4; a derived file must not carry a number nobody wrote
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        """
        national:
          output: n.csv
          series:
            - file: x.csv
              value: v
              measure: advisers
        """);
    for (String bad : new String[] {"5d", "0x1p2", "1_000"}) {
      Files.writeString(dir.resolve("x.csv"), "month,v\n2007-01,5\n2007-02," + bad + "\n");
      assertThatThrownBy(
              () -> MeasurementDerivation.national(DerivationSpec.read(spec).national(), dir))
          .hasMessageStartingWith("x.csv:3: field 'v' = \"" + bad + "\": not a number (");
    }
  }
}
