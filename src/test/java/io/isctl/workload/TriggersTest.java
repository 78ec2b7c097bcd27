package io.isctl.workload;

import static io.isctl.workload.SeedStreams.LOCAL;
import static io.isctl.workload.SeedStreams.REFERENCE;
import static io.isctl.workload.SeedStreams.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.workload.ContainerReport.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DeploymentConfig image-change triggers (§7.2) and the image.openshift.io/triggers annotation
 * (§7.3).
 */
class TriggersTest {
  @TempDir Path dir;

  WorkloadResolver.FileResult resolve(String text) {
    return SeedStreams.resolver(dir).resolve(text, "m.yaml", "myproject");
  }

  static String dc(String triggers, String containers) {
    return """
        apiVersion: apps.openshift.io/v1
        kind: DeploymentConfig
        metadata:
          name: dc
        spec:
          triggers:
        %s  template:
            spec:
        %s"""
        .formatted(triggers, containers);
  }

  static String trigger(String from, boolean automatic, String names, String last) {
    return """
          - type: ImageChange
            imageChangeParams:
              automatic: %s
              containerNames: [%s]
              from:
                kind: ImageStreamTag
                name: %s
        """
            .formatted(automatic, names, from)
        + (last == null ? "" : "      lastTriggeredImage: " + last + "\n");
  }

  static final String CONTAINERS =
      """
            initContainers:
            - name: init
              image: busybox
            containers:
            - name: app
              image: " "
            - name: other
              image: nginx
      """;

  @Test
  void dc_automaticTrigger_setsNamedContainersAndLastTriggeredImage() {
    String text = dc(trigger("myimage-ref-source:mytag", true, "app, init", null), CONTAINERS);
    var result = resolve(text);
    String expected =
        text.replace(
                "      automatic: true\n",
                "      lastTriggeredImage: " + SOURCE + "\n      automatic: true\n")
            .replace("image: busybox", "image: " + SOURCE)
            .replace("image: \" \"", "image: \"" + SOURCE + "\"");
    assertThat(result.text()).isEqualTo(expected);
    assertThat(result.containers())
        .extracting(ContainerReport::status)
        .containsExactly(Status.CHANGED, Status.CHANGED, Status.UNCHANGED);
  }

  @Test
  void dc_existingLastTriggeredImage_isReplaced() {
    String text = dc(trigger("myimage-ref-local:mytag", true, "app", "old:1"), CONTAINERS);
    assertThat(resolve(text).text())
        .contains("lastTriggeredImage: " + LOCAL + "\n")
        .contains("image: \"" + LOCAL + "\"");
  }

  @Test
  void dc_notAutomatic_isIgnored() {
    String text = dc(trigger("myimage-ref-source:mytag", false, "app", null), CONTAINERS);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers().get(1).steps())
        .extracting(ContainerReport.Step::rule)
        .contains("not automatic");
  }

  @Test
  void dc_unresolvedTriggerWithoutLastImage_leavesTheWholeDeploymentConfigUntouched() {
    String text =
        dc(
            trigger("myimage-ref-source:mytag", true, "init", null)
                + trigger("myimage-ref-source:nosuchtag", true, "app", null),
            CONTAINERS);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers().get(0).status()).isEqualTo(Status.UNRESOLVED);
    assertThat(result.containers().get(1).reason())
        .contains("myimage-ref-source:nosuchtag")
        .contains("leaves the DeploymentConfig untouched");
  }

  @Test
  void dc_unresolvedTriggerWithLastImage_usesTheLastImage() {
    String text =
        dc(
            trigger(
                "myimage-ref-source:nosuchtag",
                true,
                "app",
                "registry.example/app@sha256:" + "a".repeat(64)),
            CONTAINERS);
    var result = resolve(text);
    assertThat(result.text())
        .contains("image: \"registry.example/app@sha256:" + "a".repeat(64) + "\"");
    assertThat(result.containers().get(1).status()).isEqualTo(Status.CHANGED);
  }

  @Test
  void dc_unknownContainerNames_areIgnored_andReported() {
    String text = dc(trigger("myimage-reference:mytag", true, "app, ghost", null), CONTAINERS);
    var result = resolve(text);
    assertThat(result.text()).contains("image: \"" + REFERENCE + "\"");
    assertThat(result.problems())
        .containsExactly(
            "m.yaml: DeploymentConfig/dc: spec.triggers[0].imageChangeParams"
                + ".containerNames: no container named \"ghost\": the controller ignores it");
  }

  @Test
  void dc_containerWithoutImage_getsOne() {
    String text =
        dc(
            trigger("myimage-reference:mytag", true, "app", null),
            """
                containers:
                - name: app
                  ports:
                  - containerPort: 8080
        """);
    assertThat(resolve(text).text())
        .contains(
            """
                - image: %s
                  name: app
                  ports:
        """
                .formatted(REFERENCE));
  }

  @Test
  void dc_invalidFromKind_isABadWorkload() {
    String text =
        dc(
            trigger("myimage-reference:mytag", true, "app", null)
                .replace("ImageStreamTag", "DockerImage"),
            CONTAINERS);
    assertThatThrownBy(() -> resolve(text))
        .isInstanceOf(WorkloadException.class)
        .hasMessage(
            "m.yaml: DeploymentConfig/dc: spec.triggers[0].imageChangeParams.from.kind: Invalid value: \"DockerImage\": "
                + "kind must be an ImageStreamTag");
  }

  @Test
  void dc_fromWithoutTag_isABadWorkload() {
    String text = dc(trigger("myimage-reference", true, "app", null), CONTAINERS);
    assertThatThrownBy(() -> resolve(text))
        .hasMessageContaining("must be in the form of <name>:<tag>");
  }

  static String deployment(String triggers, String containers) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            image.openshift.io/triggers: '%s'
        spec:
          template:
            spec:
        %s"""
        .formatted(triggers, containers);
  }

  static final String WEB =
      """
            initContainers:
            - name: web
              image: init-placeholder
            containers:
            - name: web
              image: placeholder
            - name: side
              image: side-placeholder
      """;

  static String annotation(String from, String fieldPath, boolean paused) {
    return "{\"from\":{\"kind\":\"ImageStreamTag\",\"name\":\""
        + from
        + "\"},\"fieldPath\":\""
        + fieldPath
        + "\",\"paused\":"
        + paused
        + "}";
  }

  @Test
  void annotation_byIndex_setsTheImage() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-local:mytag", "spec.template.spec.containers[1].image", false)
                + "]",
            WEB);
    assertThat(resolve(text).text()).isEqualTo(text.replace("side-placeholder", LOCAL));
  }

  @Test
  void annotation_byName_findsInitContainersFirst_asLibraryGoDoes() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-local:mytag",
                    "spec.template.spec.containers[?(@.name==\\\"web\\\")].image",
                    false)
                + "]",
            WEB);
    assertThat(resolve(text).text()).isEqualTo(text.replace("init-placeholder", LOCAL));
  }

  @Test
  void annotation_paused_changesNothing() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-local:mytag", "spec.template.spec.containers[1].image", true)
                + "]",
            WEB);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers().get(2).steps())
        .extracting(ContainerReport.Step::rule)
        .endsWith("paused");
  }

  @Test
  void annotation_unresolvedTrigger_isReported_andTheOthersStillApply() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-local:nosuchtag", "spec.template.spec.containers[0].image", false)
                + ","
                + annotation(
                    "myimage-ref-source:mytag", "spec.template.spec.containers[1].image", false)
                + "]",
            WEB);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text.replace("side-placeholder", SOURCE));
    assertThat(result.containers().get(1).status()).isEqualTo(Status.UNRESOLVED);
    assertThat(result.containers().get(1).reason())
        .contains("myimage-ref-local:nosuchtag")
        .contains("has no image yet");
  }

  @Test
  void annotation_badFieldPath_failsTheWholeObject() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-source:mytag", "spec.template.spec.containers[1].image", false)
                + ","
                + annotation(
                    "myimage-ref-local:mytag", "spec.template.spec.containers[0].command", false)
                + "]",
            WEB);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.problems())
        .containsExactly(
            "m.yaml: Deployment/web: image.openshift.io/triggers: "
                + "field path is not valid: spec.template.spec.containers[0].command");
  }

  @Test
  void annotation_noSuchContainer_failsTheWholeObject() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-source:mytag", "spec.template.spec.containers[7].image", false)
                + "]",
            WEB);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.problems())
        .containsExactly(
            "m.yaml: Deployment/web: image.openshift.io/triggers: "
                + "no such container: spec.template.spec.containers[7].image");
  }

  @Test
  void annotation_duplicates_areRefused() {
    String one =
        annotation("myimage-ref-source:mytag", "spec.template.spec.containers[1].image", false);
    var result = resolve(deployment("[" + one + "," + one + "]", WEB));
    assertThat(result.problems())
        .containsExactly(
            "m.yaml: Deployment/web: image.openshift.io/triggers: duplicate triggers are not allowed");
  }

  @Test
  void annotation_pathOutsideThePodSpec_isIgnored() {
    String text =
        deployment(
            "["
                + annotation(
                    "myimage-ref-source:mytag",
                    "spec.jobTemplate.spec.template.spec" + ".containers[0].image",
                    false)
                + "]",
            WEB);
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.problems())
        .singleElement()
        .asString()
        .contains("the controller ignores the trigger");
  }

  @Test
  void annotation_onACronJob_usesTheJobTemplatePath() {
    String text =
        """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
          annotations:
            image.openshift.io/triggers: >-
              [{"from":{"kind":"ImageStreamTag","name":"myimage-internal:mytag"},
              "fieldPath":"spec.jobTemplate.spec.template.spec.containers[0].image"}]
        spec:
          schedule: "0 0 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - name: job
                    image: 'placeholder'
        """;
    assertThat(resolve(text).text())
        .isEqualTo(text.replace("'placeholder'", "'" + SeedStreams.INTERNAL + "'"));
  }

  @Test
  void annotation_onAJob_isIgnoredByTheCluster() {
    String text =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: once
          annotations:
            image.openshift.io/triggers: '[{"from":{"kind":"ImageStreamTag","name":"myimage-internal:mytag"},"fieldPath":"spec.template.spec.containers[0].image"}]'
        spec:
          template:
            spec:
              containers:
              - name: job
                image: placeholder
        """;
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.problems())
        .singleElement()
        .asString()
        .contains("no trigger controller watches Job objects");
  }

  @Test
  void annotation_badJson_isReported() {
    var result = resolve(deployment("[{\"from\": 3}]", WEB));
    assertThat(result.problems()).singleElement().asString().contains("cannot unmarshal number");
  }

  @Test
  void triggerThenAdmissionOnUpdate_resolveNamesRewritesTheTriggeredImage() {
    // A reference tag hands the trigger docker.io/balazsszeti/hello:sleeper; with resolve-names the
    // update passes
    // admission, which looks up "hello:sleeper" in the namespace: no such stream, so it stays.
    String text =
        deployment(
                "["
                    + annotation(
                        "myimage-reference:mytag", "spec.template.spec.containers[1].image", false)
                    + "]",
                WEB)
            .replace("  name: web\n", "  name: web\n  namespace: myproject\n");
    var result = resolve(text);
    assertThat(result.containers().get(2).after()).isEqualTo(REFERENCE);
    assertThat(result.containers().get(2).steps())
        .extracting(ContainerReport.Step::mechanism)
        .containsExactly("lookup", "triggers annotation");
  }
}
