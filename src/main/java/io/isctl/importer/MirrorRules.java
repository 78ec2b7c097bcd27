package io.isctl.importer;

import io.isctl.model.ClusterConfig;
import io.isctl.registry.RegistryRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * ImageTagMirrorSet and ImageDigestMirrorSet: the repositories to try for a source, mirrors first,
 * in the order the cluster's container runtime tries them. The most specific matching source wins.
 */
final class MirrorRules {
  private MirrorRules() {}

  /**
   * The repositories to try, in order; the source itself last unless a rule says never to contact
   * it.
   */
  static List<RegistryRepository> candidates(ClusterConfig config, SourceRepository source) {
    List<ClusterConfig.Mirror> rules =
        source.byDigest() ? config.digestMirrors() : config.tagMirrors();
    ClusterConfig.Mirror best = null;
    String name = source.name();
    for (ClusterConfig.Mirror rule : rules) {
      if (matches(rule.source(), name)
          && (best == null || rule.source().length() > best.source().length())) {
        best = rule;
      }
    }
    List<RegistryRepository> candidates = new ArrayList<>();
    if (best != null) {
      String rest = name.substring(best.source().length());
      for (String mirror : best.mirrors()) {
        String location = mirror + rest;
        if (location.indexOf('/')
            > 0) { // a mirror of a whole registry needs a repository path to pull
          candidates.add(at(location));
        }
      }
    }
    if (best == null || !best.neverContactSource()) {
      candidates.add(source.repository());
    }
    return candidates;
  }

  /** A source matches a repository or any repository below it, never a mere name prefix. */
  private static boolean matches(String ruleSource, String name) {
    String normalized = normalize(ruleSource);
    return name.equals(normalized) || name.startsWith(normalized + "/");
  }

  /** Rules may name Docker Hub by any of its aliases. */
  private static String normalize(String source) {
    for (String alias : List.of("index.docker.io", "registry-1.docker.io")) {
      if (source.equals(alias) || source.startsWith(alias + "/")) {
        return RegistryRepository.DOCKER_HUB + source.substring(alias.length());
      }
    }
    return source;
  }

  private static RegistryRepository at(String location) {
    int slash = location.indexOf('/');
    return new RegistryRepository(location.substring(0, slash), location.substring(slash + 1));
  }
}
