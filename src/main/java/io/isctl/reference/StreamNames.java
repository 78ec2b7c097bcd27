package io.isctl.reference;

import io.isctl.go.GoStrings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image stream naming: library-go's imageutil helpers ({@code name:tag}, {@code name@id}, tag
 * priority) and the API server's and {@code oc tag}'s name checks.
 */
public final class StreamNames {
  /** The tag used when none is given. */
  public static final String DEFAULT_TAG = ImageReference.DEFAULT_TAG;

  /** The pattern an image stream name must fully match, as the API server prints it. */
  public static final String STREAM_NAME_PATTERN = "[a-z0-9]+(?:[._-][a-z0-9]+)*";

  /** The longest {@code namespace/name} allowed, so that it can serve as a repository name. */
  public static final int MAX_NAMESPACED_NAME_LENGTH = ImageReference.MAX_NAME_LENGTH;

  /** {@code oc tag}'s message for a destination tag name it rejects; {@code %s} is the tag. */
  public static final String INVALID_TAG_FORMAT =
      "invalid tag \"%s\" format, tags must start with an alphanumeric character followed by"
          + " alphanumeric, '.' or '-' characters, and have a maximum of 128 characters";

  /** The message for a missing namespace (Kubernetes' Required error). */
  public static final String NAMESPACE_REQUIRED = "Required value";

  /** The message for a missing object name (Kubernetes' ObjectMeta validation). */
  public static final String NAME_REQUIRED = "name or generateName is required";

  /** Kubernetes' message for a namespace that is not a lowercase RFC 1123 label. */
  public static final String NAMESPACE_FORMAT =
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
          + " and must start and end with an alphanumeric character (e.g. 'my-name',  or"
          + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

  private static final int MAX_LABEL_LENGTH = 63;
  // Possessive and atomic forms of the Go patterns: same strings, no backtracking blow-up.
  private static final Pattern STREAM_NAME = Pattern.compile("[a-z0-9]++(?:[._-][a-z0-9]++)*+");
  private static final String LABEL = "[a-z0-9](?>[-a-z0-9]*+(?<=[a-z0-9]))?";
  private static final Pattern DNS_LABEL = Pattern.compile(LABEL);
  private static final Pattern DNS_SUBDOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*+");

  private StreamNames() {}

  /** Splits {@code name:tag} at the first ':'; a missing or empty tag becomes {@code latest}. */
  public static NameSplit splitImageStreamTag(String nameAndTag) {
    NameSplit split = splitAtFirst(nameAndTag, ':');
    return split.suffix().isEmpty()
        ? new NameSplit(split.name(), DEFAULT_TAG, split.separatorFound())
        : split;
  }

  /** Splits {@code name@id} at the first '@'; the id is "" when absent. */
  public static NameSplit splitImageStreamImage(String nameAndId) {
    return splitAtFirst(nameAndId, '@');
  }

  private static NameSplit splitAtFirst(String s, char separator) {
    int at = s.indexOf(separator);
    return at < 0
        ? new NameSplit(s, "", false)
        : new NameSplit(s.substring(0, at), s.substring(at + 1), true);
  }

  /** Returns {@code name:tag}, with {@code latest} for an empty tag. */
  public static String joinImageStreamTag(String name, String tag) {
    return name + ":" + (tag.isEmpty() ? DEFAULT_TAG : tag);
  }

  /** Returns {@code name@id}. */
  public static String joinImageStreamImage(String name, String id) {
    return name + "@" + id;
  }

  /**
   * Parses an ImageStreamTag name: no '@', exactly one ':', both sides non-empty.
   *
   * @throws IllegalArgumentException with library-go's message otherwise
   */
  public static StreamTag parseImageStreamTagName(String istag) {
    if (istag.indexOf('@') >= 0) {
      throw new IllegalArgumentException(
          GoStrings.quote(istag) + " is an image stream image, not an image stream tag");
    }
    String[] parts = istag.split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "expected exactly one : delimiter in the istag " + GoStrings.quote(istag));
    }
    if (parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException(
          "image stream tag name " + GoStrings.quote(istag) + " must have a name and a tag");
    }
    return new StreamTag(parts[0], parts[1]);
  }

  /**
   * Parses an ImageStreamImage name: exactly one '@', both sides non-empty.
   *
   * @throws IllegalArgumentException with library-go's message otherwise
   */
  public static StreamImage parseImageStreamImageName(String isimage) {
    String[] parts = isimage.split("@", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "expected exactly one @ in the isimage name " + GoStrings.quote(isimage));
    }
    if (parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException(
          "image stream image name " + GoStrings.quote(isimage) + " must have a name and ID");
    }
    return new StreamImage(parts[0], parts[1]);
  }

  /** Returns whether {@code imageId} is a prefix of the image name or, for a digest, of its hex. */
  public static boolean digestOrImageMatch(String image, String imageId) {
    if (Digests.isValid(image) && Digests.hex(image).startsWith(imageId)) {
      return true;
    }
    return image.startsWith(imageId);
  }

  /**
   * Orders tags as library-go's {@code PrioritizeTags}: {@code latest}; minor versions ({@code
   * 5.1}, {@code v5.1}, {@code 5.1-rc1}) newest first; full semantic versions newest first; the
   * rest in lexicographic order. On equal versions the tag without "v" comes first.
   */
  public static List<String> prioritizeTags(List<String> tags) {
    return TagPriorities.prioritize(tags);
  }

  /** Returns the first problem {@link #streamNameErrors} reports, if any. */
  public static Optional<String> validateStreamName(String name) {
    // Not stream().findFirst(): a stream's first findFirst links four lambdas (issue 15).
    List<String> errors = streamNameErrors(name);
    return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0));
  }

  /**
   * Returns every message the API server gives for an image stream name, in its order; empty if
   * valid.
   */
  public static List<String> streamNameErrors(String name) {
    if (name.isEmpty()) {
      return List.of(NAME_REQUIRED);
    }
    // apimachinery's path-segment rules come first and, when they fail, are the only messages.
    if (name.equals(".") || name.equals("..")) {
      return List.of("may not be '" + name + "'");
    }
    List<String> errors = new ArrayList<>();
    for (String forbidden : List.of("/", "%")) {
      if (name.contains(forbidden)) {
        errors.add("may not contain '" + forbidden + "'");
      }
    }
    if (errors.isEmpty() && !STREAM_NAME.matcher(name).matches()) {
      errors.add("must match " + GoStrings.quote(STREAM_NAME_PATTERN));
    }
    return List.copyOf(errors);
  }

  /** Returns the first problem {@link #namespaceErrors} reports, if any. */
  public static Optional<String> validateNamespace(String namespace) {
    List<String> errors = namespaceErrors(namespace);
    return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0));
  }

  /**
   * Returns every message Kubernetes gives for a namespace (a required RFC 1123 label); empty if
   * valid.
   */
  public static List<String> namespaceErrors(String namespace) {
    if (namespace.isEmpty()) {
      return List.of(NAMESPACE_REQUIRED);
    }
    List<String> errors = new ArrayList<>();
    if (namespace.length() > MAX_LABEL_LENGTH) {
      errors.add("must be no more than " + MAX_LABEL_LENGTH + " characters");
    }
    if (!DNS_LABEL.matcher(namespace).matches()) {
      // A valid subdomain that is not a label can only be wrong because of its dots.
      errors.add(
          DNS_SUBDOMAIN.matcher(namespace).matches() ? "must not contain dots" : NAMESPACE_FORMAT);
    }
    return List.copyOf(errors);
  }

  /** Returns the API server's message when {@code namespace/name} is longer than 255 bytes. */
  public static Optional<String> validateNamespacedNameLength(String namespace, String name) {
    String joined = Objects.requireNonNull(namespace) + "/" + Objects.requireNonNull(name);
    // Go's len() counts UTF-8 bytes.
    if (joined.getBytes(StandardCharsets.UTF_8).length > MAX_NAMESPACED_NAME_LENGTH) {
      return Optional.of(
          "'namespace/name' cannot be longer than " + MAX_NAMESPACED_NAME_LENGTH + " characters");
    }
    return Optional.empty();
  }

  /**
   * Returns whether {@code oc tag} accepts {@code tag} as a destination tag ({@code
   * ^[\w][\w.-]{0,127}$}).
   */
  public static boolean isValidTagName(String tag) {
    return ReferenceGrammar.isTag(tag);
  }

  /** Returns {@code oc tag}'s message for a rejected destination tag. */
  public static String invalidTagMessage(String tag) {
    return String.format(INVALID_TAG_FORMAT, tag);
  }
}
