package io.isctl.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The registry package stands alone: JDK, OkHttp/Okio, Jackson and the error contract
 * (io.isctl.base) only (not io.isctl.reference).
 */
class RegistryDependenciesTest {

  @Test
  void registryPackage_dependsOnlyOnJdkOkHttpOkioAndJackson() {
    JavaClasses registry =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.isctl.registry");

    classes()
        .that()
        .resideInAPackage("io.isctl.registry..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.isctl.registry..",
            "io.isctl.base..",
            "io.isctl.files..",
            "java..",
            "javax.net..",
            "okhttp3..",
            "okio..",
            "com.fasterxml.jackson..")
        .check(registry);
  }
}
