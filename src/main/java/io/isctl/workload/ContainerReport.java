package io.isctl.workload;

import java.util.List;

/**
 * What happened to one container's image.
 *
 * @param source the file (or "-") the workload came from
 * @param kind the object's kind
 * @param name the object's name
 * @param container the container's name
 * @param init whether it is an init container
 * @param before the image as written ("" when none)
 * @param after the image the cluster would run
 * @param status whether it changed, or could not be resolved
 * @param reason why it is unresolved; "" otherwise
 * @param steps what each mechanism did, in the cluster's order
 */
public record ContainerReport(
    String source,
    String kind,
    String name,
    String namespace,
    String container,
    boolean init,
    String before,
    String after,
    Status status,
    String reason,
    List<Step> steps) {

  public ContainerReport {
    steps = List.copyOf(steps);
  }

  /** The outcome for one container. */
  public enum Status {
    UNCHANGED,
    CHANGED,
    UNRESOLVED
  }

  /**
   * One mechanism's decision.
   *
   * @param mechanism {@code lookup}, {@code lookup on update}, {@code triggers annotation} or
   *     {@code DeploymentConfig trigger}
   * @param rule the rule that decided, in a few words
   * @param from the image before this step
   * @param to the image after it (equal to from when it changed nothing)
   */
  public record Step(String mechanism, String rule, String reason, String from, String to) {}

  /** {@code container web} or {@code init container setup}. */
  public String describe() {
    return (init ? "init container " : "container ") + container;
  }
}
