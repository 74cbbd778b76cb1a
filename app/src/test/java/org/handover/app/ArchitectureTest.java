package org.handover.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.handover.io.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor plan, checked on the compiled main classes of engine, io and app: dependencies point
 * inward (app -> io -> engine), no package depends on a package that depends on it, the engine does
 * no I/O, and only io talks SQL.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.handover");
  }

  @Test
  void noPackageDependsOnAPackageThatDependsOnIt() {
    slices().matching("org.handover.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theEngineDependsOnNeitherIoNorApp() {
    noClasses()
        .that()
        .resideInAPackage("org.handover.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.handover.io..", "org.handover.app..")
        .check(classes);
  }

  @Test
  void ioDoesNotDependOnApp() {
    noClasses()
        .that()
        .resideInAPackage("org.handover.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.handover.app..")
        .check(classes);
  }

  @Test
  void theEngineDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("org.handover.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "java.net..",
            "java.nio.file..",
            "org.duckdb..",
            "com.fasterxml.jackson..",
            "de.siegmar..",
            "picocli..")
        .check(classes);
  }

  @Test
  void onlyIoWritesSql() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.handover.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.duckdb..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.handover.app..")
        .should()
        .callMethod(Store.class, "connection")
        .orShould()
        .callMethod(Store.class, "strings", String.class, Object[].class)
        .orShould()
        .callMethod(Store.class, "count", String.class, Object[].class)
        .check(classes);
  }
}
