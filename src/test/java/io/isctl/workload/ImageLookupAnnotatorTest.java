package io.isctl.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code set image-lookup -f}: the annotation where oc puts it, nothing else touched. */
class ImageLookupAnnotatorTest {
  static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: web:1
      """;

  @Test
  void deployment_getsTheAnnotationOnItsTemplate() {
    var result = ImageLookupAnnotator.apply(DEPLOYMENT, "d.yaml", true);
    assertThat(result.text())
        .isEqualTo(
            DEPLOYMENT.replace(
                "      labels:\n",
                "      annotations:\n        alpha.image.policy.openshift.io/resolve-names: '*'\n      labels:\n"));
    assertThat(result.objects())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.printedName()).isEqualTo("deployment.apps/web");
              assertThat(o.changed()).isTrue();
            });
    // Again: nothing to do.
    var again = ImageLookupAnnotator.apply(result.text(), "d.yaml", true);
    assertThat(again.text()).isEqualTo(result.text());
    assertThat(again.objects().get(0).changed()).isFalse();
    assertThat(again.objects().get(0).local()).isEqualTo("true");
  }

  @Test
  void disabling_removesTheAnnotation_andAnnotationsLeftEmpty() {
    String enabled = ImageLookupAnnotator.apply(DEPLOYMENT, "d.yaml", true).text();
    assertThat(ImageLookupAnnotator.apply(enabled, "d.yaml", false).text()).isEqualTo(DEPLOYMENT);
    String withOther =
        enabled.replace("resolve-names: '*'\n", "resolve-names: '*'\n        keep: me\n");
    assertThat(ImageLookupAnnotator.apply(withOther, "d.yaml", false).text())
        .isEqualTo(
            DEPLOYMENT.replace(
                "      labels:\n", "      annotations:\n        keep: me\n      labels:\n"));
  }

  @Test
  void templateWithoutMetadata_getsOne() {
    String text = DEPLOYMENT.replace("    metadata:\n      labels:\n        app: web\n", "");
    String out = ImageLookupAnnotator.apply(text, "d.yaml", true).text();
    assertThat(out)
        .contains(
            """
          template:
            metadata:
              annotations:
                alpha.image.policy.openshift.io/resolve-names: '*'
            spec:
        """);
  }

  @Test
  void pod_andObjectsWithoutTemplate_getItOnThemselves() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {}\nspec: {}\n";
    assertThat(ImageLookupAnnotator.apply(pod, "p.yaml", true).text())
        .contains("  annotations: {\"alpha.image.policy.openshift.io/resolve-names\": \"*\"}\n");
    String dc =
        "apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata:\n  name: dc\nspec:\n  replicas: 1\n";
    assertThat(ImageLookupAnnotator.apply(dc, "dc.yaml", true).text())
        .startsWith(
            "apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata:\n"
                + "  annotations:\n    alpha.image.policy.openshift.io/resolve-names: '*'\n  name: dc\n");
  }

  @Test
  void imageStream_getsLookupPolicyLocal() {
    String is =
        "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  name: s\nspec:\n  lookupPolicy:\n"
            + "    local: false\n";
    var result = ImageLookupAnnotator.apply(is, "s.yaml", true);
    assertThat(result.text()).isEqualTo(is.replace("local: false", "local: true"));
    assertThat(result.objects().get(0).listName()).isEqualTo("s");
  }

  @Test
  void json_staysJson() throws Exception {
    String json =
        "{\"apiVersion\": \"batch/v1\", \"kind\": \"CronJob\", \"metadata\": {\"name\": \"c\"},\n"
            + " \"spec\": {\"jobTemplate\": {\"spec\": {\"template\": {\"metadata\": {\"annotations\": null},"
            + " \"spec\": {}}}}}}\n";
    String out = ImageLookupAnnotator.apply(json, "c.json", true).text();
    assertThat(
            new ObjectMapper()
                .readTree(out)
                .at("/spec/jobTemplate/spec/template/metadata/annotations")
                .get("alpha.image.policy.openshift.io/resolve-names")
                .asText())
        .isEqualTo("*");
  }

  @Test
  void list_namesResourcesAsOcDoes() {
    String text =
        DEPLOYMENT
            + "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n"
            + "  annotations:\n    alpha.image.policy.openshift.io/resolve-names: '*'\n"
            + "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\n";
    assertThat(ImageLookupAnnotator.list(text, "x.yaml"))
        .extracting(
            ImageLookupAnnotator.ObjectLookup::listName, ImageLookupAnnotator.ObjectLookup::local)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("deployments/web", "false"),
            org.assertj.core.groups.Tuple.tuple("services/svc", "true"),
            org.assertj.core.groups.Tuple.tuple("networkpolicies/np", "false"));
  }
}
