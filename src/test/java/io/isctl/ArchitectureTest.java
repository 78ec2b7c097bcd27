package io.isctl;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.isctl.cli.Session;

/**
 * The layering of the packages, as README's Layout draws it: commands on top, pure rules and values
 * at the bottom.
 */
@AnalyzeClasses(packages = "io.isctl", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer("Main")
          .definedBy("io.isctl")
          .layer("Shell")
          .definedBy("io.isctl.shell..")
          .layer("Cli")
          .definedBy("io.isctl.cli..")
          .layer("Ops")
          .definedBy("io.isctl.ops..")
          .layer("Importer")
          .definedBy("io.isctl.importer..")
          .layer("Registry")
          .definedBy("io.isctl.registry..")
          .layer("Store")
          .definedBy("io.isctl.store..")
          .layer("Files")
          .definedBy("io.isctl.files..")
          .layer("Rules")
          .definedBy(
              "io.isctl.controller..",
              "io.isctl.apiserver..",
              "io.isctl.resolve..",
              "io.isctl.workload..")
          .layer("Query")
          .definedBy("io.isctl.query..")
          .layer("Model")
          .definedBy("io.isctl.model..")
          .layer("Yaml")
          .definedBy("io.isctl.yaml..")
          .layer("Reference")
          .definedBy("io.isctl.reference..")
          .layer("Base")
          .definedBy("io.isctl.go..", "io.isctl.base..")
          .layer("Training")
          .definedBy("io.isctl.training..")
          .whereLayer("Main")
          .mayOnlyAccessLayers("Cli")
          .whereLayer("Shell")
          .mayOnlyAccessLayers("Cli")
          .whereLayer("Cli")
          .mayOnlyAccessLayers("Ops", "Query", "Model", "Yaml", "Reference", "Base")
          .whereLayer("Ops")
          .mayOnlyAccessLayers(
              "Importer", "Store", "Files", "Rules", "Query", "Model", "Yaml", "Reference", "Base")
          .whereLayer("Importer")
          .mayOnlyAccessLayers(
              "Registry", "Store", "Files", "Rules", "Query", "Model", "Yaml", "Reference", "Base")
          .whereLayer("Registry")
          .mayOnlyAccessLayers("Files", "Base")
          .whereLayer("Store")
          .mayOnlyAccessLayers("Files", "Query", "Model", "Yaml", "Reference", "Base")
          .whereLayer("Files")
          .mayOnlyAccessLayers("Base")
          .whereLayer("Rules")
          .mayOnlyAccessLayers("Query", "Model", "Yaml", "Reference", "Base")
          .whereLayer("Query")
          .mayOnlyAccessLayers("Yaml", "Base")
          .whereLayer("Model")
          .mayOnlyAccessLayers("Base")
          .whereLayer("Yaml")
          .mayOnlyAccessLayers("Base")
          .whereLayer("Reference")
          .mayOnlyAccessLayers("Base")
          .whereLayer("Base")
          .mayNotAccessAnyLayer()
          // The launchers' training registry runs in a JVM of its own: it uses no layer, and no
          // layer uses it.
          .whereLayer("Training")
          .mayNotAccessAnyLayer()
          .whereLayer("Training")
          .mayNotBeAccessedByAnyLayer()
          // The composition root: Session builds the store, the importer and the registry clients
          // that the operations are given. Nothing else in cli sees those layers.
          .ignoreDependency(
              belongToAnyOf(Session.class),
              resideInAnyPackage("io.isctl.importer..", "io.isctl.registry..", "io.isctl.store.."));

  @ArchTest
  static final ArchRule noCycles = slices().matching("io.isctl.(*)..").should().beFreeOfCycles();

  /** The layers say which packages the rules and values may use; this, that they do no I/O. */
  @ArchTest
  static final ArchRule rulesAndValuesArePure =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.isctl.controller..",
              "io.isctl.apiserver..",
              "io.isctl.resolve..",
              "io.isctl.workload..",
              "io.isctl.query..",
              "io.isctl.model..",
              "io.isctl.yaml..",
              "io.isctl.reference..",
              "io.isctl.go..",
              "io.isctl.base..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.file..", "java.net..", "okhttp3..");

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
}
