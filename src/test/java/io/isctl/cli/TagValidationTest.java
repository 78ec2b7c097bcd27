package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** oc's validation messages and exit codes for bad tag command lines; no file may change. */
class TagValidationTest {
  @TempDir Path dir;
  CliRunner isctl;
  Map<Path, String> before;

  @BeforeEach
  void seed() throws Exception {
    isctl = new CliRunner(Fixtures.seedStore(dir));
    before = snapshot();
  }

  Map<Path, String> snapshot() throws Exception {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(isctl.store())) {
      for (Path p :
          paths
              .filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains(".isctl"))
              .toList()) {
        files.put(p, Files.readString(p));
      }
    }
    return files;
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(
            "no arguments",
            new String[] {"tag"},
            "you must specify a source and at least one destination or one or more tags to delete"),
        Arguments.of(
            "source only",
            new String[] {"tag", "a:b"},
            "you must specify a source and at least one destination or one or more tags to delete"),
        Arguments.of(
            "alias with delete",
            new String[] {"tag", "-d", "--alias", "s:t"},
            "--alias and --delete may not be both specified"),
        Arguments.of(
            "reference policy in capitals",
            new String[] {"tag", "quay.io/a/b:1", "s:t", "--reference-policy=Local"},
            "reference policy must be set to 'source' or 'local'"),
        Arguments.of(
            "source kind when deleting",
            new String[] {"tag", "-d", "--source=docker", "s:t"},
            "cannot specify a source kind when deleting"),
        Arguments.of(
            "import flags when deleting",
            new String[] {"tag", "-d", "--scheduled", "s:t"},
            "cannot set flags for importing images when deleting a tag"),
        Arguments.of(
            "import mode when deleting",
            new String[] {"tag", "-d", "--import-mode=Legacy", "s:t"},
            "cannot specify an import mode when deleting"),
        Arguments.of(
            "unknown source kind",
            new String[] {"tag", "--source=git", "a:b", "s:t"},
            "invalid source \"git\"; valid values are docker, dockerimage, imagestreamimage, imagestreamtag, isimage, istag"),
        Arguments.of(
            "registry with istag source",
            new String[] {"tag", "--source=istag", "quay.io/a/b:1", "s:t"},
            "server in SOURCE is only allowed when providing a container image"),
        Arguments.of(
            "istag source without a tag",
            new String[] {"tag", "--source=istag", "myimage-internal", "s:t"},
            "--source=ImageStreamTag requires a valid <name>:<tag> in SOURCE"),
        Arguments.of(
            "isimage source without an id",
            new String[] {"tag", "--source=isimage", "myimage-internal:mytag", "s:t"},
            "--source=ImageStreamImage requires a valid <name>@<id> in SOURCE"),
        Arguments.of(
            "unparsable source",
            new String[] {"tag", "Upper:x", "s:t"},
            "invalid SOURCE: repository name must be lowercase"),
        Arguments.of(
            "scheduled alias",
            new String[] {"tag", "--alias", "--scheduled", "--source=docker", "a:b", "a:c"},
            "cannot set a container image tag as an alias and also set import flags"),
        Arguments.of(
            "alias across streams",
            new String[] {"tag", "--alias", "myimage-internal:mytag", "other:latest"},
            "cannot set alias across different Image Streams"),
        Arguments.of(
            "bad import mode",
            new String[] {"tag", "quay.io/a/b:1", "s:t", "--import-mode=legacy"},
            "valid ImportMode values are Legacy or PreserveOriginal"),
        Arguments.of(
            "destination without tag",
            new String[] {"tag", "quay.io/a/b:1", "s"},
            "\"s\" must be of the form <stream_name>:<tag>"),
        Arguments.of(
            "destination with two slashes",
            new String[] {"tag", "quay.io/a/b:1", "a/b/c:t"},
            "invalid image stream \"a/b/c:t\""),
        Arguments.of(
            "bad tag name",
            new String[] {"tag", "quay.io/a/b:1", "s:-bad"},
            "invalid tag \"-bad\" format, tags must start with an alphanumeric character followed by alphanumeric, "
                + "'.' or '-' characters, and have a maximum of 128 characters"),
        Arguments.of(
            "unknown flag",
            new String[] {"tag", "--frobnicate", "a:b", "s:t"},
            "unknown flag: --frobnicate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageError_oneLineExitTwoNothingWritten(String scenario, String[] args, String message)
      throws Exception {
    CliResult result = isctl.run(prepend("-n", "myproject", args));

    assertThat(result)
        .failedWith(2)
        .outIsEmpty()
        .err()
        .startsWith("error: " + message)
        .doesNotContain("\tat ")
        .hasLineCount(1);
    assertThat(snapshot()).isEqualTo(before);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            "source stream missing",
            new String[] {"tag", "nosuch:mytag", "s:t"},
            "imagestreams.image.openshift.io \"nosuch\" not found"),
        Arguments.of(
            "source tag without history",
            new String[] {"tag", "myimage-internal:nosuch", "s:t"},
            "\"myimage-internal:nosuch\" is not currently pointing to an image, cannot use it as the source of a tag"),
        Arguments.of(
            "image id matching nothing",
            new String[] {
              "tag",
              "myimage-internal@sha256:0000000000000000000000000000000000000000000000000000000000000000",
              "s:t"
            },
            "ImageStream.image.openshift.io \"s\" is invalid: []: Internal error: imagestreams \"s\" "
                + "is invalid: spec.tags[t].from.name: Invalid value: \"myimage-internal@sha256:"
                + "0".repeat(64)
                + "\": error generating tag event: imagestreamimage.image.openshift.io \"sha256:"
                + "0".repeat(64)
                + "\" not found"),
        Arguments.of(
            "delete a missing tag",
            new String[] {"tag", "-d", "myimage-internal:nosuch"},
            "imagestreamtags.image.openshift.io \"myimage-internal:nosuch\" not found"),
        Arguments.of(
            "delete from a missing stream",
            new String[] {"tag", "-d", "nosuch:t"},
            "imagestreams.image.openshift.io \"nosuch\" not found"),
        Arguments.of(
            "destination name the server rejects",
            new String[] {"tag", "quay.io/a/b:1", "Bad_Name:t"},
            "\"Bad_Name\""),
        Arguments.of(
            "destination escaping the store",
            new String[] {"tag", "quay.io/a/b:1", "../x:t"},
            "invalid namespace \"..\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failure_oneLineExitOneNothingWritten(String scenario, String[] args, String message)
      throws Exception {
    CliResult result = isctl.run(prepend("-n", "myproject", args));

    assertThat(result)
        .failedWith(1)
        .err()
        .contains(message)
        .doesNotContain("\tat ")
        .hasLineCount(1);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void globalOptions_mayStandAfterTheCommand() {
    CliResult before =
        isctl.runRaw(
            "--store",
            isctl.store().toString(),
            "-n",
            "myproject",
            "resolve",
            "myimage-internal:mytag");
    CliResult after =
        isctl.runRaw(
            "resolve",
            "myimage-internal:mytag",
            "-n",
            "myproject",
            "--store",
            isctl.store().toString());

    assertThat(after).isEqualTo(before);
    assertThat(after).succeeded();
  }

  @Test
  void deleteTag_printsOcsMessage_andRemovesSpecAndHistory() {
    CliResult result = isctl.run("-n", "myproject", "tag", "-d", "myimage-ref-source:mytag");

    assertThat(result.out()).isEqualTo("Deleted tag myproject/myimage-ref-source:mytag.\n");
    assertThat(isctl.run("-n", "myproject", "resolve", "myimage-ref-source:mytag")).failedWith(1);
  }

  @Test
  void tagIntoAnotherNamespace_writesTheSourceNamespace() throws Exception {
    CliResult result =
        isctl.run("-n", "myproject", "tag", "myimage-internal:mytag", "other/copy:mytag");

    assertThat(result.out()).startsWith("Tag other/copy:mytag set to myimage-internal@sha256:ff3b");
    assertThat(Files.readString(isctl.store().resolve("other/copy.yaml")))
        .contains("kind: ImageStreamImage\n      name: myimage-internal@sha256:ff3b")
        .contains("namespace: myproject");
  }

  private static String[] prepend(String a, String b, String[] rest) {
    String[] all = new String[rest.length + 2];
    all[0] = a;
    all[1] = b;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }
}
