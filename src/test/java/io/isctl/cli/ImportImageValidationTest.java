package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** oc's import-image messages for command lines that never reach a registry. */
class ImportImageValidationTest {
  @TempDir Path dir;
  CliRunner isctl;

  @BeforeEach
  void seed() {
    isctl = new CliRunner(Fixtures.seedStore(dir)).env("ISCTL_NAMESPACE", "myproject");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "unparsable target",
            new String[] {"import-image", "Bad Name"},
            2,
            "the image name must be a valid container image pull spec or reference to an image stream "
                + "(e.g. myregistry/myteam/image:tag)"),
        Arguments.of(
            "by id",
            new String[] {"import-image", "x@sha256:" + "a".repeat(64)},
            2,
            "to import images by ID, use the 'tag' command"),
        Arguments.of(
            "tag and --all",
            new String[] {"import-image", "x:1", "--all"},
            2,
            "cannot specify a tag \"1\" as well as --all"),
        Arguments.of(
            "bad reference policy",
            new String[] {"import-image", "x", "--reference-policy=both"},
            2,
            "valid reference policy values are source or local"),
        Arguments.of(
            "bad import mode",
            new String[] {"import-image", "x", "--import-mode=All"},
            2,
            "valid ImportMode values are Legacy or PreserveOriginal"),
        Arguments.of(
            "missing stream without --confirm",
            new String[] {"import-image", "nosuch:1"},
            1,
            "no image stream named \"nosuch\" exists, pass --confirm to create and import"),
        Arguments.of(
            "offline",
            new String[] {"--offline", "import-image", "myimage-ref-source:mytag"},
            1,
            "import-image needs a registry; it cannot run with --offline"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refused(String scenario, String[] args, int exitCode, String message) {
    CliResult result = isctl.run(args);

    assertThat(result)
        .failedWith(exitCode)
        .outIsEmpty()
        .err()
        .startsWith("error: " + message)
        .hasLineCount(1);
  }
}
