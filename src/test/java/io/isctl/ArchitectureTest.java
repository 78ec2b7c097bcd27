package io.isctl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the packages: commands on top, pure rules and values at the bottom. */
@AnalyzeClasses(packages = "io.isctl", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCycles = slices().matching("io.isctl.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule referenceStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("io.isctl.reference..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.isctl.model..",
              "io.isctl.store..",
              "io.isctl.ops..",
              "io.isctl.cli..",
              "io.isctl.registry..",
              "io.isctl.apiserver..",
              "io.isctl.resolve..",
              "io.isctl.yaml..");

  @ArchTest
  static final ArchRule rulesArePure =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.isctl.apiserver..",
              "io.isctl.resolve..",
              "io.isctl.model..",
              "io.isctl.workload..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.isctl.store..",
              "io.isctl.registry..",
              "io.isctl.ops..",
              "io.isctl.cli..",
              "java.nio.file..",
              "java.net..",
              "okhttp3..");

  @ArchTest
  static final ArchRule registryKnowsNoImageStreams =
      noClasses()
          .that()
          .resideInAPackage("io.isctl.registry..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.isctl.model..",
              "io.isctl.store..",
              "io.isctl.ops..",
              "io.isctl.cli..",
              "io.isctl.apiserver..",
              "io.isctl.resolve..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyTheCommandLineKnowsPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.isctl.cli..", "io.isctl.shell..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule onlyTheShellKnowsJLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.isctl.shell..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jline..");

  @ArchTest
  static final ArchRule operationsDoNotKnowTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("io.isctl.ops..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.isctl.cli..", "io.isctl.shell..");
}
