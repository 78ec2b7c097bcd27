package io.isctl.resolve;

/**
 * The outcome of resolving one image name the way the cluster would.
 *
 * @param image the pull spec the Pod gets; the input unchanged when nothing rewrote it
 * @param resolved whether a stream tag answered (false: the reason says why not)
 * @param rule which rule decided, in a few words
 * @param reason why, in a sentence
 */
public record Resolution(String image, boolean resolved, String rule, String reason) {

  public static Resolution resolved(String image, String rule, String reason) {
    return new Resolution(image, true, rule, reason);
  }

  public static Resolution unresolved(String image, String reason) {
    return new Resolution(image, false, "unresolved", reason);
  }
}
