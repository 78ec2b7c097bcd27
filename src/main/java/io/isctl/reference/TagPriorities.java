package io.isctl.reference;

import io.isctl.go.GoStringOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** library-go's {@code PrioritizeTags} ordering, as a comparator over classified tags. */
final class TagPriorities {
  /** The four groups, in the order they are listed. */
  enum Group {
    LATEST,
    MINOR,
    FULL,
    OTHER
  }

  /** A tag with its group, its version (for MINOR and FULL) and its "v" prefix ("" or "v"). */
  record Classified(String tag, Group group, SemanticVersion version, String prefix) {}

  private static final Pattern MINOR = Pattern.compile("[0-9]++\\.[0-9]++");
  private static final Pattern MINOR_WITH_SUFFIX = Pattern.compile("([0-9]++\\.[0-9]++)-\\w++");

  // Newer versions first; on equal versions the un-prefixed tag ("" sorts before "v") first.
  private static final Comparator<Classified> ORDER =
      Comparator.comparing(Classified::group)
          .thenComparing(TagPriorities::withinGroup)
          .thenComparing(Classified::prefix);

  private TagPriorities() {}

  // Only called for two tags of the same group.
  private static int withinGroup(Classified a, Classified b) {
    return switch (a.group()) {
      case LATEST -> 0;
      case OTHER -> GoStringOrder.compare(a.tag(), b.tag());
      case MINOR, FULL -> b.version().compareTo(a.version());
    };
  }

  /**
   * Returns the tags in priority order; Go's sort is not stable, ours keeps equal tags in input
   * order.
   */
  static List<String> prioritize(List<String> tags) {
    return tags.stream().map(TagPriorities::classify).sorted(ORDER).map(Classified::tag).toList();
  }

  /**
   * Puts a tag in its group: latest, a minor version (5.1, v5.1, 5.1-rc1), a full semver, or other.
   */
  static Classified classify(String tag) {
    if (tag.equals(ImageReference.DEFAULT_TAG)) {
      return new Classified(tag, Group.LATEST, null, "");
    }
    String prefix = tag.startsWith("v") ? "v" : "";
    String version = tag.substring(prefix.length());
    Optional<SemanticVersion> full = SemanticVersion.parse(version);
    if (full.isPresent()) {
      return new Classified(tag, Group.FULL, full.get(), prefix);
    }
    return minorVersion(version)
        .map(minor -> new Classified(tag, Group.MINOR, minor, prefix))
        .orElseGet(() -> new Classified(tag, Group.OTHER, null, prefix));
  }

  // "5.1" reads as 5.1.0 and "5.1-rc1" as 5.1.0-rc1; either may still fail semver (e.g. "05.1").
  private static Optional<SemanticVersion> minorVersion(String version) {
    if (MINOR.matcher(version).matches()) {
      Optional<SemanticVersion> minor = SemanticVersion.parse(version + ".0");
      if (minor.isPresent()) {
        return minor;
      }
    }
    Matcher withSuffix = MINOR_WITH_SUFFIX.matcher(version);
    if (withSuffix.matches()) {
      String numbers = withSuffix.group(1);
      return SemanticVersion.parse(numbers + ".0" + version.substring(numbers.length()));
    }
    return Optional.empty();
  }
}
