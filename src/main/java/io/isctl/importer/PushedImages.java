package io.isctl.importer;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The images in the cluster's integrated registry, as its repositories serve them now: what pushes
 * left there.
 */
public interface PushedImages {

  /**
   * Every tag of the repositories {@code <namespace>/<name>} that {@code wanted} accepts, with the
   * digest each serves; never throws for a registry's failure, which becomes a line of {@link
   * Scan#failures}.
   */
  Scan scan(BiPredicate<String, String> wanted);

  /** A tag of the integrated registry and the digest it serves. */
  record PushedTag(String namespace, String stream, String tag, String digest) {}

  /**
   * What a scan found.
   *
   * @param location where the integrated registry was reached ({@code host[:port][/prefix]}); ""
   *     when isctl has no way to reach it (no mirror for its hostname in {@code config.yaml})
   * @param failures one line per repository or tag that could not be read
   */
  record Scan(String location, List<PushedTag> tags, List<String> failures) {
    public Scan {
      tags = List.copyOf(tags);
      failures = List.copyOf(failures);
    }
  }

  /** No integrated registry to look at ({@code --offline}). */
  PushedImages NONE = wanted -> new Scan("", List.of(), List.of());
}
