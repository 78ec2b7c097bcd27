package io.isctl.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A semantic version with the parsing and ordering of blang/semver v3, which library-go uses to
 * order tags: strict {@code MAJOR.MINOR.PATCH[-pre][+build]}, no leading zeros, no "v".
 */
record SemanticVersion(long major, long minor, long patch, List<PreRelease> preRelease)
    implements Comparable<SemanticVersion> {
  private static final String ALPHANUMERICS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789";

  /** One dot-separated pre-release identifier: numeric ones sort before alphanumeric ones. */
  record PreRelease(boolean numeric, long number, String text) implements Comparable<PreRelease> {
    @Override
    public int compareTo(PreRelease other) {
      if (numeric != other.numeric) {
        return numeric ? -1 : 1;
      }
      return numeric ? Long.compareUnsigned(number, other.number) : text.compareTo(other.text);
    }
  }

  /** Parses {@code s}, or returns empty where blang/semver's {@code Parse} returns an error. */
  static Optional<SemanticVersion> parse(String s) {
    String[] parts = s.split("\\.", 3);
    if (parts.length != 3) {
      return Optional.empty();
    }
    String patchAndRest = parts[2];
    String build = null;
    int plus = patchAndRest.indexOf('+');
    if (plus >= 0) {
      build = patchAndRest.substring(plus + 1);
      patchAndRest = patchAndRest.substring(0, plus);
    }
    String pre = null;
    int dash = patchAndRest.indexOf('-');
    if (dash >= 0) {
      pre = patchAndRest.substring(dash + 1);
      patchAndRest = patchAndRest.substring(0, dash);
    }
    Long major = number(parts[0]);
    Long minor = number(parts[1]);
    Long patch = number(patchAndRest);
    List<PreRelease> preRelease = pre == null ? List.of() : preRelease(pre);
    if (major == null
        || minor == null
        || patch == null
        || preRelease == null
        || (build != null && !validBuild(build))) {
      return Optional.empty();
    }
    return Optional.of(new SemanticVersion(major, minor, patch, preRelease));
  }

  // Digits only, no leading zero, fits in an unsigned 64-bit integer; null otherwise.
  private static Long number(String digits) {
    if (digits.isEmpty()
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
        || (digits.length() > 1 && digits.charAt(0) == '0')) {
      return null;
    }
    try {
      return Long.parseUnsignedLong(digits);
    } catch (NumberFormatException overflow) {
      return null;
    }
  }

  private static List<PreRelease> preRelease(String pre) {
    List<PreRelease> identifiers = new ArrayList<>();
    for (String part : pre.split("\\.", -1)) {
      if (part.isEmpty()) {
        return null;
      }
      if (part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        Long value = number(part);
        if (value == null) {
          return null;
        }
        identifiers.add(new PreRelease(true, value, ""));
      } else if (isAlphanumeric(part)) {
        identifiers.add(new PreRelease(false, 0, part));
      } else {
        return null;
      }
    }
    return List.copyOf(identifiers);
  }

  private static boolean validBuild(String build) {
    for (String part : build.split("\\.", -1)) {
      if (part.isEmpty() || !isAlphanumeric(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(String s) {
    return s.chars().allMatch(c -> ALPHANUMERICS.indexOf(c) >= 0);
  }

  /**
   * Orders by major, minor, patch, then pre-release (a release sorts after its pre-releases); build
   * is ignored.
   */
  @Override
  public int compareTo(SemanticVersion other) {
    int byNumbers = Long.compareUnsigned(major, other.major);
    if (byNumbers == 0) {
      byNumbers = Long.compareUnsigned(minor, other.minor);
    }
    if (byNumbers == 0) {
      byNumbers = Long.compareUnsigned(patch, other.patch);
    }
    if (byNumbers != 0) {
      return byNumbers;
    }
    if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
      return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
    }
    int common = Math.min(preRelease.size(), other.preRelease.size());
    for (int i = 0; i < common; i++) {
      int byIdentifier = preRelease.get(i).compareTo(other.preRelease.get(i));
      if (byIdentifier != 0) {
        return byIdentifier;
      }
    }
    return Integer.compare(preRelease.size(), other.preRelease.size());
  }
}
