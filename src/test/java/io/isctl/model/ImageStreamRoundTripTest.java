package io.isctl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.testing.Fixtures;
import io.isctl.yaml.KubeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ImageStream YAML read and written back: unchanged but for the defaults the API server applies.
 */
class ImageStreamRoundTripTest {

  static String roundTrip(String yaml) {
    return KubeYaml.write(
        ImageStreamTree.write(ImageStreamTree.read(KubeYaml.read(yaml.getBytes(), "test.yaml"))));
  }

  /**
   * The article's first stream, as `oc get is myimage-ref-source -oyaml` printed it on OpenShift
   * 4.1.
   */
  static final String ARTICLE =
      """
      apiVersion: image.openshift.io/v1
      kind: ImageStream
      metadata:
        annotations:
          openshift.io/image.dockerRepositoryCheck: "2019-08-08T17:50:46Z"
        creationTimestamp: "2019-08-08T17:50:45Z"
        generation: 2
        name: myimage-ref-source
        namespace: myproject
        resourceVersion: "741320"
        selfLink: /apis/image.openshift.io/v1/namespaces/myproject/imagestreams/myimage-ref-source
        uid: 0c8c4396-ba05-11e9-b920-0a580a800116
      spec:
        lookupPolicy:
          local: false
        tags:
        - annotations: null
          from:
            kind: DockerImage
            name: docker.io/balazsszeti/hello:sleeper
          generation: 2
          importPolicy: {}
          name: mytag
          referencePolicy:
            type: Source
      status:
        dockerImageRepository: image-registry.openshift-image-registry.svc:5000/myproject/myimage-ref-source
        publicDockerImageRepository: default-route-openshift-image-registry.apps-crc.testing/myproject/myimage-ref-source
        tags:
        - items:
          - created: "2019-08-08T17:50:46Z"
            dockerImageReference: docker.io/balazsszeti/hello@sha256:42957024b43e121a210a1b3a8a44f497233a2385f7ef48227a6866afdb9b8e1b
            generation: 2
            image: sha256:42957024b43e121a210a1b3a8a44f497233a2385f7ef48227a6866afdb9b8e1b
          tag: mytag
      """;

  @Test
  void articleStream_isUnchangedButForTheDefaultImportMode() {
    String expected =
        ARTICLE.replace("importPolicy: {}", "importPolicy:\n      importMode: Legacy");

    assertThat(roundTrip(ARTICLE)).isEqualTo(expected);
  }

  @Test
  void abbreviatedStream_getsOcsDefaults() {
    String abbreviated =
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: myimage-reference
        spec:
          tags:
          - from:
              kind: DockerImage
              name: docker.io/balazsszeti/hello:sleeper
            name: mytag
            reference: true
        status:
          dockerImageRepository: image-registry.openshift-image-registry.svc:5000/myproject/myimage-reference
          tags:
          - items:
            - dockerImageReference: docker.io/balazsszeti/hello:sleeper
              image: ""
            tag: mytag
        """;

    assertThat(roundTrip(abbreviated))
        .isEqualTo(
            """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: myimage-reference
        spec:
          lookupPolicy:
            local: false
          tags:
          - annotations: null
            from:
              kind: DockerImage
              name: docker.io/balazsszeti/hello:sleeper
            generation: null
            importPolicy:
              importMode: Legacy
            name: mytag
            reference: true
            referencePolicy:
              type: Source
        status:
          dockerImageRepository: image-registry.openshift-image-registry.svc:5000/myproject/myimage-reference
          tags:
          - items:
            - created: ""
              dockerImageReference: docker.io/balazsszeti/hello:sleeper
              generation: 0
              image: ""
            tag: mytag
        """);
  }

  @Test
  void unknownFields_surviveAtEveryLevel() {
    String yaml =
        ARTICLE
            .replace("  uid: ", "  labels:\n    team: a\n  uid: ")
            .replace("  lookupPolicy:", "  futureSpecField: 1\n  lookupPolicy:")
            .replace("    name: mytag\n", "    name: mytag\n    futureTagField:\n      x: z\n");

    String written = roundTrip(yaml);

    assertThat(written)
        .contains("  labels:\n    team: a\n")
        .contains("  futureSpecField: 1\n")
        .contains("    futureTagField:\n      x: z\n");
  }

  static Stream<Path> seedFiles() throws IOException {
    try (Stream<Path> files =
        Files.walk(Fixtures.projectRoot().resolve("examples/seed/myproject"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedFiles")
  void seedFiles_areWrittenExactlyAsIsctlWritesThem(Path file) throws IOException {
    String text = Files.readString(file);

    assertThat(roundTrip(text)).isEqualTo(text);
  }

  @Test
  void wrongTypes_nameTheField() {
    String bad =
        ARTICLE.replace("generation: 2\n    importPolicy", "generation: two\n    importPolicy");

    assertThatThrownBy(() -> ImageStreamTree.read(KubeYaml.read(bad.getBytes(), "x.yaml")))
        .isInstanceOf(ResourceFormatException.class)
        .hasMessage("spec.tags[0].generation: expected an integer, got \"two\"");
  }

  @Test
  void otherKinds_areRejected() {
    assertThatThrownBy(
            () -> ImageStreamTree.read(KubeYaml.read("kind: Pod\n".getBytes(), "x.yaml")))
        .hasMessage("kind: expected ImageStream, got \"Pod\"");
  }

  @Test
  void duplicateSpecTags_collapseToTheLastOne_sortedByName() {
    String yaml =
        """
        kind: ImageStream
        metadata: {name: s}
        spec:
          tags:
          - {name: b, from: {kind: DockerImage, name: "x:1"}}
          - {name: a, from: {kind: DockerImage, name: "x:2"}}
          - {name: b, from: {kind: DockerImage, name: "x:3"}}
        """;

    ImageStream stream = ImageStreamTree.read(KubeYaml.read(yaml.getBytes(), "x.yaml"));

    assertThat(stream.spec().tags()).extracting(TagReference::name).isEqualTo(List.of("a", "b"));
    assertThat(stream.spec().tag("b").orElseThrow().from().name()).isEqualTo("x:3");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "labels: {a: {b: c}}               | metadata.labels.a: expected a string, got an object",
        "labels: [a]                       | metadata.labels: expected a map of strings, got a list",
        "uid: 12                           | metadata.uid: expected a string, got 12",
        "creationTimestamp: yesterday      | metadata.creationTimestamp: expected an RFC 3339 time, got \"yesterday\"",
        "deletionTimestamp: '2024-01-01'   | metadata.deletionTimestamp: expected an RFC 3339 time, got \"2024-01-01\"",
        "deletionGracePeriodSeconds: soon  | metadata.deletionGracePeriodSeconds: expected an integer, got \"soon\"",
        "finalizers: [1]                   | metadata.finalizers[0]: expected a string, got 1",
        "ownerReferences: [{name: 3}]      | metadata.ownerReferences[0].name: expected a string, got 3",
        "managedFields: [{time: now}]      | metadata.managedFields[0].time: expected an RFC 3339 time, got \"now\"",
      })
  void metadataOfTheWrongType_isRefused_namingTheField(String field, String message) {
    String yaml =
        "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  name: s\n  "
            + field
            + "\n";

    assertThatThrownBy(() -> ImageStreamTree.read(KubeYaml.read(yaml.getBytes(), "x.yaml")))
        .isInstanceOf(ResourceFormatException.class)
        .hasMessage(message);
  }

  @Test
  void metadataOfTheRightTypes_isKeptAsWritten() {
    String yaml =
        "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n"
            + "  creationTimestamp: \"2024-05-01T10:00:00Z\"\n  finalizers:\n  - a\n"
            + "  labels:\n    app: web\n  name: s\n  uid: u-1\n";

    ImageStream stream = ImageStreamTree.read(KubeYaml.read(yaml.getBytes(), "x.yaml"));

    assertThat(stream.metadata().extra().path("labels").path("app").asText()).isEqualTo("web");
    assertThat(stream.metadata().extra().path("finalizers").get(0).asText()).isEqualTo("a");
  }
}
