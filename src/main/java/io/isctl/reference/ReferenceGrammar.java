package io.isctl.reference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Docker distribution reference grammar that library-go vendors ({@code name[:tag][@digest]}).
 *
 * <p>The string is first cut at its separators, then each piece is checked on its own with a small
 * pattern whose quantifiers cannot backtrack into each other, so user input is checked in linear
 * time.
 */
final class ReferenceGrammar {
  /** The pieces of a string that matched the whole grammar; absent tag or digest are "". */
  record Match(String name, String tag, String digest) {}

  // A path component is runs of [a-z0-9] joined by ".", "_", "__" or one or more "-". Go spells the
  // dash separator [-]* (zero or more): zero dashes only glues two runs into one longer run, so
  // "-+"
  // accepts the same strings while keeping the loop free of the (a+)+ shape that explodes in Java.
  private static final String COMPONENT = "[a-z0-9]++(?:(?:[._]|__|-++)[a-z0-9]++)*+";
  private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*+");

  // A host component may hold upper case and inner dashes; the atomic group keeps the longest run
  // ending in an alphanumeric, the only one that can be followed by '.', ':' or the end.
  private static final String HOST_COMPONENT = "[a-zA-Z0-9](?>[a-zA-Z0-9-]*+(?<=[a-zA-Z0-9]))?";
  private static final Pattern HOST =
      Pattern.compile(HOST_COMPONENT + "(?:\\." + HOST_COMPONENT + ")*+(?::[0-9]++)?");

  private static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");

  // Only the syntax: which algorithms and lengths are allowed is Digests' job, checked afterwards.
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*+(?:[-_+.][A-Za-z][A-Za-z0-9]*+)*+:[0-9A-Fa-f]{32,}+");

  private ReferenceGrammar() {}

  /** Matches the whole string against the reference grammar. */
  static Optional<Match> match(String s) {
    String beforeDigest = s;
    String digest = "";
    int at = s.indexOf('@');
    if (at >= 0) {
      // Neither name nor tag may hold '@', so the digest is everything after the first one.
      beforeDigest = s.substring(0, at);
      digest = s.substring(at + 1);
      if (!DIGEST.matcher(digest).matches()) {
        return Optional.empty();
      }
    }
    String name = beforeDigest;
    String tag = "";
    int colon = beforeDigest.lastIndexOf(':');
    // A ':' in the name only introduces a registry port, which is always followed by a '/'.
    if (colon >= 0 && beforeDigest.indexOf('/', colon) < 0) {
      name = beforeDigest.substring(0, colon);
      tag = beforeDigest.substring(colon + 1);
      if (!isTag(tag)) {
        return Optional.empty();
      }
    }
    return isName(name) ? Optional.of(new Match(name, tag, digest)) : Optional.empty();
  }

  /** Returns whether {@code tag} follows the tag grammar {@code [\w][\w.-]{0,127}}. */
  static boolean isTag(String tag) {
    return TAG.matcher(tag).matches();
  }

  // name := [hostname '/'] component ['/' component]*; an upper-case first segment is fine as a
  // host.
  private static boolean isName(String name) {
    int slash = name.indexOf('/');
    if (slash > 0
        && HOST.matcher(name.substring(0, slash)).matches()
        && PATH.matcher(name.substring(slash + 1)).matches()) {
      return true;
    }
    return PATH.matcher(name).matches();
  }
}
