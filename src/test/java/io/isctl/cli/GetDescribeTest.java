package io.isctl.cli;

import static io.isctl.testing.Fixtures.EXTERNAL_DIGEST;
import static io.isctl.testing.Fixtures.INTERNAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GetDescribeTest {
  @TempDir Path dir;
  CliRunner isctl;

  @BeforeEach
  void seed() {
    isctl = new CliRunner(Fixtures.seedStore(dir)).env("ISCTL_NAMESPACE", "myproject");
  }

  @Test
  void getIsYaml_isTheStoredFileByteForByte() throws Exception {
    CliResult result = isctl.run("get", "is", "myimage-ref-source", "-o", "yaml");

    assertThat(result.out())
        .isEqualTo(Files.readString(isctl.store().resolve("myproject/myimage-ref-source.yaml")));
  }

  @Test
  void getIsName_andTheListWrapper() {
    assertThat(isctl.run("get", "is", "-o", "name").out())
        .isEqualTo(
            """
        imagestream.image.openshift.io/myimage-internal
        imagestream.image.openshift.io/myimage-ref-local
        imagestream.image.openshift.io/myimage-ref-source
        imagestream.image.openshift.io/myimage-reference
        """);
    assertThat(isctl.run("get", "is", "-o", "yaml").out())
        .startsWith("apiVersion: v1\nitems:\n- apiVersion: image.openshift.io/v1\n")
        .endsWith("kind: List\nmetadata:\n  resourceVersion: \"\"\n");
  }

  @Test
  void getIsTable_hasOcsColumns() {
    String out = isctl.run("get", "is").out();

    assertThat(out.lines().findFirst().orElseThrow())
        .matches("NAME +IMAGE REPOSITORY +TAGS +UPDATED");
    assertThat(out)
        .contains(
            "myimage-ref-local    default-route-openshift-image-registry.apps-crc.testing/myproject/myimage-ref-local");
  }

  @Test
  void describeIsimage_withoutAStoredImage_showsWhatTheStreamKnows_andItsPodReference() {
    CliResult result =
        isctl.run("describe", "isimage", "myimage-ref-local@" + EXTERNAL_DIGEST.substring(0, 15));

    assertThat(result)
        .succeeded()
        .outStartsWith(
            "Image Name:\t"
                + EXTERNAL_DIGEST
                + "\nDocker Image:\t"
                + INTERNAL
                + "/myproject/myimage-ref-local@"
                + EXTERNAL_DIGEST
                + "\nName:\t\t"
                + EXTERNAL_DIGEST
                + "\nCreated:\t");
  }

  @Test
  void describeIsimage_ofAnUnknownIdOrWithoutOne_isOneErrorLine() {
    CliResult missing = isctl.run("describe", "isimage", "myimage-ref-local@sha256:0000");
    assertThat(missing)
        .failedWith(1)
        .errIs(
            "error: imagestreamimage.image.openshift.io "
                + "\"myimage-ref-local@sha256:0000\" not found\n");

    CliResult noId = isctl.run("describe", "isimage", "myimage-ref-local");
    assertThat(noId)
        .failedWith(2)
        .errStartsWith("error: \"myimage-ref-local\" must be of the form <stream_name>@<id>");
  }

  @Test
  void getIstag_handsOutTheLocalReferenceForPullthroughTags() {
    CliResult result = isctl.run("get", "istag", "myimage-ref-local:mytag", "-o", "json");

    assertThat(result.out())
        .contains(
            "\"dockerImageReference\": \""
                + INTERNAL
                + "/myproject/myimage-ref-local@"
                + EXTERNAL_DIGEST
                + "\"")
        .contains("\"kind\": \"ImageStreamTag\"");
  }

  @Test
  void getIstag_ofAReferenceTag_isNotFound_asTheApiSays() {
    CliResult result = isctl.run("get", "istag", "myimage-reference:mytag");

    assertThat(result)
        .failedWith(1)
        .errIs("error: imagestreamtags.image.openshift.io \"myimage-reference:mytag\" not found\n");
  }

  @Test
  void getIsimage_byPrefix() {
    CliResult result = isctl.run("get", "isimage", "myimage-ref-source@sha256:4295", "-o", "name");

    assertThat(result.out())
        .isEqualTo(
            "imagestreamimage.image.openshift.io/myimage-ref-source@" + EXTERNAL_DIGEST + "\n");
  }

  @Test
  void describe_showsSourceHistoryAndPodImage() {
    String out = isctl.run("describe", "is", "myimage-ref-local").out();

    assertThat(out)
        .contains("Name:\t\t\tmyimage-ref-local\n")
        .contains("Image Lookup:\t\tlocal=false\n")
        .contains("  tagged from docker.io/balazsszeti/hello:sleeper\n")
        .contains("    prefer registry pullthrough when referencing this tag: true\n")
        .contains(
            "  Pod image: " + INTERNAL + "/myproject/myimage-ref-local@" + EXTERNAL_DIGEST + "\n")
        .contains("  * docker.io/balazsszeti/hello@" + EXTERNAL_DIGEST + "\n");
  }

  @Test
  void setImageLookup_listAndUnchanged() {
    assertThat(isctl.run("set", "image-lookup", "myimage-internal").out())
        .isEqualTo("imagestream.image.openshift.io/myimage-internal image lookup updated\n");
    assertThat(isctl.run("set", "image-lookup", "myimage-internal").out())
        .as("unchanged prints nothing")
        .isEmpty();
    // oc's own narrow table (padding 2), not get's.
    assertThat(isctl.run("set", "image-lookup", "--list").out())
        .isEqualTo(
            """
        NAME                LOCAL
        myimage-internal    true
        myimage-ref-local   false
        myimage-ref-source  false
        myimage-reference   false
        """);
  }

  @Test
  void deleteAndProject() {
    assertThat(isctl.run("delete", "is", "myimage-internal").out())
        .isEqualTo("imagestream.image.openshift.io \"myimage-internal\" deleted\n");
    assertThat(Files.exists(isctl.store().resolve("myproject/myimage-internal.yaml"))).isFalse();
    assertThat(isctl.run("delete", "is", "myimage-internal")).failedWith(1);

    CliRunner plain = new CliRunner(isctl.store());
    plain.run("project", "myproject");
    assertThat(plain.run("get", "is", "-o", "name").out()).contains("myimage-ref-local");
  }
}
