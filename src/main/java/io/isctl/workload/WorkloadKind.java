package io.isctl.workload;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds whose containers the cluster rewrites, with where each keeps its pod spec and which of
 * the three mechanisms apply to it: image-policy admission (alg {@code
 * SetDefaults_ImagePolicyConfig} resolution rules), annotation triggers (the sources ocm's image
 * trigger controller watches) and DeploymentConfig triggers.
 */
public enum WorkloadKind {
  POD("Pod", Set.of(""), List.of("spec"), null, true, false),
  // No resolution rule covers podtemplates: admission leaves them alone.
  POD_TEMPLATE(
      "PodTemplate",
      Set.of(""),
      List.of("template", "spec"),
      List.of("template", "metadata"),
      false,
      false),
  REPLICATION_CONTROLLER(
      "ReplicationController",
      Set.of(""),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      false),
  REPLICA_SET(
      "ReplicaSet",
      Set.of("apps", "extensions"),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      false),
  DEPLOYMENT(
      "Deployment",
      Set.of("apps", "extensions"),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      true),
  DAEMON_SET(
      "DaemonSet",
      Set.of("apps", "extensions"),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      true),
  STATEFUL_SET(
      "StatefulSet",
      Set.of("apps"),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      true),
  JOB(
      "Job",
      Set.of("batch"),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      false),
  CRON_JOB(
      "CronJob",
      Set.of("batch"),
      List.of("spec", "jobTemplate", "spec", "template", "spec"),
      List.of("spec", "jobTemplate", "spec", "template", "metadata"),
      true,
      true),
  // "v1" is the OpenShift 3 spelling still found in old templates; it is read as apps.openshift.io.
  DEPLOYMENT_CONFIG(
      "DeploymentConfig",
      Set.of("apps.openshift.io", ""),
      List.of("spec", "template", "spec"),
      List.of("spec", "template", "metadata"),
      true,
      false);

  private final String kind;
  private final Set<String> groups;
  private final List<String> podSpecPath;
  private final List<String> templateMetaPath;
  private final boolean admission;
  private final boolean annotationTriggers;

  WorkloadKind(
      String kind,
      Set<String> groups,
      List<String> podSpecPath,
      List<String> templateMetaPath,
      boolean admission,
      boolean annotationTriggers) {
    this.kind = kind;
    this.groups = groups;
    this.podSpecPath = podSpecPath;
    this.templateMetaPath = templateMetaPath;
    this.admission = admission;
    this.annotationTriggers = annotationTriggers;
  }

  /** The kind of {@code apiVersion}/{@code kind}, if it is one of these. */
  public static Optional<WorkloadKind> of(String apiVersion, String kind) {
    String group = groupOf(apiVersion);
    for (WorkloadKind k : values()) {
      if (k.kind.equals(kind) && k.groups.contains(group)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The API group of an apiVersion: "" for the core group ({@code v1}). */
  public static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  public String kind() {
    return kind;
  }

  /** Where the pod spec is, e.g. spec.template.spec. */
  public List<String> podSpecPath() {
    return podSpecPath;
  }

  /** The pod spec path as the triggers annotation spells it, e.g. {@code spec.template.spec}. */
  public String podSpecFieldPath() {
    return String.join(".", podSpecPath);
  }

  /** Where the template's metadata is; null for a Pod, whose own metadata plays that part. */
  public List<String> templateMetaPath() {
    return templateMetaPath;
  }

  /** Whether image-policy admission resolves this kind's images by local lookup. */
  public boolean admission() {
    return admission;
  }

  /**
   * Whether the image trigger controller applies {@code image.openshift.io/triggers} on this kind.
   */
  public boolean annotationTriggers() {
    return annotationTriggers;
  }
}
