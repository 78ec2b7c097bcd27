package io.isctl.resolve;

import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;

/**
 * The outcome of resolving one image name the way the cluster would.
 *
 * @param image the pull spec the Pod gets; the input unchanged when nothing rewrote it
 * @param resolved whether a stream tag answered (false: the reason says why not)
 * @param rule which rule decided, in a few words
 * @param reason why, in a sentence
 */
public record Resolution(String image, boolean resolved, String rule, String reason) {
  /**
   * The rule of an image that names no image stream: nothing resolves it, and Pods pull it as
   * written.
   */
  public static final String AS_WRITTEN = "as written";

  public static Resolution resolved(String image, String rule, String reason) {
    return new Resolution(image, true, rule, reason);
  }

  public static Resolution unresolved(String image, String reason) {
    return new Resolution(image, false, "unresolved", reason);
  }

  /**
   * Not resolved because the name does not refer to an image stream at all (a name with a registry
   * or namespace, or no stream of that name): the cluster uses it unchanged, which is a definite
   * answer rather than a failure.
   */
  public static Resolution asWritten(String image, String reason) {
    return new Resolution(image, false, AS_WRITTEN, reason);
  }

  /**
   * This answer, unless the pull spec it hands out is no valid image reference: a store file may
   * hold anything (an escape sequence in a {@code dockerImageReference}, say), and such a value is
   * reported as unresolved for {@code input}, never written into a manifest or printed as an
   * answer.
   */
  public Resolution validFor(String input) {
    if (!resolved) {
      return this;
    }
    try {
      ImageReference.parse(image);
      return this;
    } catch (InvalidReferenceException e) {
      return unresolved(
          input, "the image stream records an invalid pull spec (" + e.getMessage() + ")");
    }
  }

  /** Whether the name was never an image stream reference (see {@link #asWritten}). */
  public boolean isAsWritten() {
    return !resolved && AS_WRITTEN.equals(rule);
  }
}
