package io.isctl.workload;

import static io.isctl.workload.SeedStreams.LOCAL;
import static io.isctl.workload.SeedStreams.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.Fixtures;
import io.isctl.workload.ContainerReport.Status;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Image-policy admission with local lookup (§6.2) on every kind it covers. */
class LookupAdmissionTest {
  @TempDir Path dir;

  static String pod(String image) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: c
            image: %s
        """
        .formatted(image);
  }

  WorkloadResolver.FileResult resolve(String text, String... lookupLocal) {
    return SeedStreams.resolver(dir, lookupLocal).resolve(text, "m.yaml", "myproject");
  }

  ContainerReport only(WorkloadResolver.FileResult result) {
    assertThat(result.containers()).hasSize(1);
    return result.containers().get(0);
  }

  @Test
  void shortName_withLookupLocal_isPinnedByDigest_andOnlyTheImageChanges() {
    var result = resolve(pod("myimage-ref-source:mytag"), "myimage-ref-source");
    assertThat(result.text()).isEqualTo(pod(SOURCE));
    assertThat(only(result).status()).isEqualTo(Status.CHANGED);
    assertThat(only(result).steps().get(0).rule()).isEqualTo("lookupPolicy.local");
  }

  @Test
  void shortName_withLocalReferencePolicy_pullsThroughTheIntegratedRegistry() {
    assertThat(resolve(pod("myimage-ref-local:mytag"), "myimage-ref-local").text())
        .isEqualTo(pod(LOCAL));
  }

  @Test
  void shortName_withoutLookup_isUnresolved_andLeftAsWritten() {
    var result = resolve(pod("myimage-ref-source:mytag"));
    assertThat(result.text()).isEqualTo(pod("myimage-ref-source:mytag"));
    assertThat(only(result).status()).isEqualTo(Status.UNRESOLVED);
    assertThat(only(result).reason()).contains("does not allow local references");
  }

  @Test
  void resolveNamesOnTheTemplate_forcesLookup_andIgnoresTheWrittenRegistryAndNamespace() {
    String text =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
        spec:
          template:
            metadata:
              annotations:
                alpha.image.policy.openshift.io/resolve-names: "*"
            spec:
              containers:
              - name: c
                image: quay.io/elsewhere/myimage-ref-source:mytag
        """;
    var result = resolve(text);
    assertThat(result.text())
        .isEqualTo(text.replace("quay.io/elsewhere/myimage-ref-source:mytag", SOURCE));
    assertThat(only(result).steps().get(0).rule()).isEqualTo("resolve-names annotation");
  }

  @Test
  void resolveNamesOnTheObject_forcesLookupToo() {
    String text =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations: {alpha.image.policy.openshift.io/resolve-names: '*'}
        spec:
          template:
            spec:
              containers:
              - name: c
                image: myimage-ref-source:mytag
        """;
    assertThat(only(resolve(text)).after()).isEqualTo(SOURCE);
  }

  @Test
  void resolveNamesOtherThanStar_doesNothing() {
    String text =
        pod("myimage-ref-source:mytag")
            .replace(
                "  name: p\n",
                "  name: p\n  annotations:\n    alpha.image.policy.openshift.io/resolve-names: 'true'\n");
    assertThat(only(resolve(text)).status()).isEqualTo(Status.UNRESOLVED);
  }

  @Test
  void namespacedName_isNotLookedUp() {
    var result = resolve(pod("library/myimage-ref-source:mytag"), "myimage-ref-source");
    assertThat(result.text()).isEqualTo(pod("library/myimage-ref-source:mytag"));
    assertThat(only(result).status()).isEqualTo(Status.UNCHANGED);
  }

  @Test
  void otherNamespaces_areNotConsulted() {
    var result =
        SeedStreams.resolver(dir, "myimage-ref-source")
            .resolve(pod("myimage-ref-source:mytag"), "m.yaml", "other");
    assertThat(only(result).after()).isEqualTo("myimage-ref-source:mytag");
    assertThat(only(result).status()).isEqualTo(Status.UNCHANGED);
  }

  @Test
  void metadataNamespace_winsOverTheDefault() {
    String text =
        pod("myimage-ref-source:mytag")
            .replace("  name: p\n", "  name: p\n  namespace: myproject\n");
    var result = SeedStreams.resolver(dir, "myimage-ref-source").resolve(text, "m.yaml", "other");
    assertThat(only(result).after()).isEqualTo(SOURCE);
  }

  @Test
  void referenceTag_resolvesToTheIntegratedRegistryByTag() {
    assertThat(only(resolve(pod("myimage-reference:mytag"), "myimage-reference")).after())
        .isEqualTo(Fixtures.INTERNAL + "/myproject/myimage-reference:mytag");
  }

  @Test
  void missingTag_resolvesToTheIntegratedRegistryByTag_andLatestIsTheDefault() {
    assertThat(only(resolve(pod("myimage-ref-source"), "myimage-ref-source")).after())
        .isEqualTo(Fixtures.INTERNAL + "/myproject/myimage-ref-source:latest");
  }

  @Test
  void digest_isLeftAsWritten() {
    String image = "myimage-ref-source@" + Fixtures.EXTERNAL_DIGEST;
    var result = resolve(pod(image), "myimage-ref-source");
    assertThat(result.text()).isEqualTo(pod(image));
    assertThat(only(result).steps().get(0).rule()).isEqualTo("digest kept");
  }

  @Test
  void noSuchStream_isPulledAsWritten_withoutComplaint() {
    var result = resolve(pod("nginx:1.25"));
    assertThat(only(result).status()).isEqualTo(Status.UNCHANGED);
  }

  @Test
  void podOwnedByAController_isLeftAlone() {
    String text =
        pod("myimage-ref-source:mytag")
            .replace(
                "  name: p\n",
                "  name: p\n  ownerReferences:\n  - kind: ReplicaSet\n    name: rs\n    uid: u\n    controller: true\n");
    var result = resolve(text, "myimage-ref-source");
    assertThat(result.text()).isEqualTo(text);
    assertThat(only(result).steps().get(0).rule()).isEqualTo("skipped");
  }

  @Test
  void ownerWithoutController_doesNotStopAdmission() {
    String text =
        pod("myimage-ref-source:mytag")
            .replace(
                "  name: p\n",
                "  name: p\n  ownerReferences:\n  - kind: ReplicaSet\n    name: rs\n    uid: u\n");
    assertThat(only(resolve(text, "myimage-ref-source")).after()).isEqualTo(SOURCE);
  }

  @Test
  void podTemplate_isNotCoveredByAdmission() {
    String text =
        """
        apiVersion: v1
        kind: PodTemplate
        metadata:
          name: t
        template:
          spec:
            containers:
            - name: c
              image: myimage-ref-source:mytag
        """;
    var result = resolve(text, "myimage-ref-source");
    assertThat(result.text()).isEqualTo(text);
    assertThat(only(result).steps()).isEmpty();
  }

  static Stream<Arguments> kinds() {
    String template =
        """
          template:
            spec:
              initContainers:
              - name: init
                image: myimage-ref-local:mytag
              containers:
              - name: c
                image: myimage-ref-source:mytag
        """;
    String cronTemplate =
        """
          schedule: "* * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                  - name: init
                    image: myimage-ref-local:mytag
                  containers:
                  - name: c
                    image: myimage-ref-source:mytag
        """;
    return Stream.of(
        Arguments.of("v1", "ReplicationController", template),
        Arguments.of("apps/v1", "ReplicaSet", template),
        Arguments.of("extensions/v1beta1", "ReplicaSet", template),
        Arguments.of("apps/v1", "Deployment", template),
        Arguments.of("apps/v1", "DaemonSet", template),
        Arguments.of("apps/v1", "StatefulSet", template),
        Arguments.of("batch/v1", "Job", template),
        Arguments.of("batch/v1", "CronJob", cronTemplate),
        Arguments.of("apps.openshift.io/v1", "DeploymentConfig", template));
  }

  @ParameterizedTest(name = "{1} ({0})")
  @MethodSource("kinds")
  void everyKind_resolvesContainersAndInitContainers(String apiVersion, String kind, String spec) {
    String text =
        "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: w\nspec:\n" + spec;
    var result = resolve(text, "myimage-ref-source", "myimage-ref-local");
    assertThat(result.text())
        .isEqualTo(
            text.replace("myimage-ref-local:mytag", LOCAL)
                .replace("myimage-ref-source:mytag", SOURCE));
    assertThat(result.containers())
        .extracting(ContainerReport::describe)
        .containsExactly("init container init", "container c");
  }

  @Test
  void unknownGroup_isNotAWorkload() {
    String text =
        """
        apiVersion: apps.kruise.io/v1beta1
        kind: StatefulSet
        metadata:
          name: s
        spec:
          template:
            spec:
              containers:
              - name: c
                image: myimage-ref-source:mytag
        """;
    var result = resolve(text, "myimage-ref-source");
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers()).isEmpty();
  }

  @Test
  void listsAndDocuments_areAllResolved_otherDocumentsUntouched() {
    String text =
        """
        # config first
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cm
        data:
          image: myimage-ref-source:mytag
        ---
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata:
            name: a
          spec:
            containers:
            - name: c
              image: myimage-ref-source:mytag
        - apiVersion: v1
          kind: Service
          metadata:
            name: svc
        ---
        """
            + pod("myimage-ref-local:mytag");
    var result = resolve(text, "myimage-ref-source", "myimage-ref-local");
    String expected =
        text.replace(
                "    - name: c\n      image: myimage-ref-source:mytag",
                "    - name: c\n      image: " + SOURCE)
            .replace("image: myimage-ref-local:mytag", "image: " + LOCAL);
    assertThat(result.text()).isEqualTo(expected);
    assertThat(result.containers()).hasSize(2);
  }

  static Stream<Arguments> forcedNames() {
    return Stream.of(
        Arguments.of(
            "bar/foo/baz",
            Status.UNRESOLVED,
            "invalid image stream name \"foo/baz\": may not contain '/': "
                + "admission cannot look it up and admits the Pod as written"),
        Arguments.of(
            "quay.io",
            Status.UNRESOLVED,
            "invalid image stream name \"\": name or generateName is required: "
                + "admission cannot look it up and admits the Pod as written"),
        Arguments.of("quay.io/team/nosuch:1", Status.UNCHANGED, ""));
  }

  /**
   * With {@code resolve-names: "*"} every image is looked up as a stream of the Pod's namespace;
   * where that lookup fails the default policy (AttemptRewrite) admits the Pod unchanged, and the
   * other containers are still resolved.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("forcedNames")
  void resolveNames_withAnImageThatNamesNoStream_admitsThePodAsWritten(
      String image, Status status, String reason) {
    String text =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            alpha.image.policy.openshift.io/resolve-names: "*"
        spec:
          containers:
          - name: c
            image: %s
          - name: d
            image: myimage-ref-source:mytag
        """
            .formatted(image);

    var result = resolve(text);

    assertThat(result.text())
        .isEqualTo(text.replace("image: myimage-ref-source:mytag", "image: " + SOURCE));
    assertThat(result.containers())
        .extracting(ContainerReport::status, ContainerReport::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(status, reason),
            org.assertj.core.groups.Tuple.tuple(Status.CHANGED, ""));
  }
}
