package io.isctl.importer;

import io.isctl.model.ClusterConfig;
import io.isctl.reference.StreamNames;
import io.isctl.registry.ManifestRequest;
import io.isctl.registry.ManifestUnknownException;
import io.isctl.registry.RegistryClient;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.RepositoryUnknownException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Reads the integrated registry through the mirror {@code config.yaml} gives for its hostname (an
 * ImageTagMirrorSet whose source is {@code image-registry.openshift-image-registry.svc:5000}): its
 * catalog, the tags of each {@code <namespace>/<stream>} repository, and one HEAD per tag for the
 * digest it serves.
 */
public final class IntegratedRegistryScanner implements PushedImages {
  private final ClusterConfig config;
  private final Function<Set<String>, RegistryClient> clients;

  /**
   * @param clients makes a client that treats the given registries as insecure
   */
  public IntegratedRegistryScanner(
      ClusterConfig config, Function<Set<String>, RegistryClient> clients) {
    this.config = config;
    this.clients = clients;
  }

  @Override
  public Scan scan(BiPredicate<String, String> wanted) {
    Optional<String> location = location();
    if (location.isEmpty()) {
      return new Scan("", List.of(), List.of());
    }
    int slash = location.get().indexOf('/');
    String registry = slash < 0 ? location.get() : location.get().substring(0, slash);
    String prefix = slash < 0 ? "" : location.get().substring(slash + 1) + "/";
    RegistryClient client = clients.apply(Set.copyOf(config.insecureRegistries()));
    List<String> repositories;
    try {
      repositories = new ArrayList<>(client.listRepositories(registry));
    } catch (RegistryException e) {
      return new Scan(
          location.get(),
          List.of(),
          List.of(
              "cannot list the repositories of the integrated registry at "
                  + location.get()
                  + ": "
                  + e.getMessage()));
    }
    repositories.sort(null);
    List<PushedTag> tags = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String repository : repositories) {
      String[] parts =
          repository.startsWith(prefix)
              ? repository.substring(prefix.length()).split("/", -1)
              : null;
      boolean streamRepository =
          parts != null
              && parts.length == 2
              && StreamNames.validateNamespace(parts[0]).isEmpty()
              && StreamNames.validateStreamName(parts[1]).isEmpty();
      if (streamRepository && wanted.test(parts[0], parts[1])) {
        readTags(
            client,
            new RegistryRepository(registry, repository),
            parts[0],
            parts[1],
            tags,
            failures);
      }
    }
    return new Scan(location.get(), tags, failures);
  }

  /**
   * The mirror of the integrated registry's hostname, the first one named; empty when there is
   * none.
   */
  private Optional<String> location() {
    String host = config.hosts().internal();
    return config.tagMirrors().stream()
        .filter(rule -> !host.isEmpty() && rule.source().equals(host) && !rule.mirrors().isEmpty())
        .map(rule -> rule.mirrors().get(0))
        .findFirst();
  }

  private static void readTags(
      RegistryClient client,
      RegistryRepository repository,
      String namespace,
      String stream,
      List<PushedTag> found,
      List<String> failures) {
    List<String> tags;
    try {
      tags = new ArrayList<>(client.listTags(repository));
    } catch (RepositoryUnknownException gone) {
      return;
    } catch (RegistryException e) {
      failures.add(namespace + "/" + stream + ": cannot list its tags: " + e.getMessage());
      return;
    }
    tags.sort(null);
    for (String tag : tags) {
      if (!StreamNames.isValidTagName(tag)) {
        continue;
      }
      try {
        String digest =
            client.headManifest(ManifestRequest.tag(repository, tag)).digest().toString();
        found.add(new PushedTag(namespace, stream, tag, digest));
      } catch (ManifestUnknownException deletedMeanwhile) {
        // a tag deleted between the listing and the HEAD is no push
      } catch (RegistryException e) {
        failures.add(namespace + "/" + stream + ":" + tag + ": " + e.getMessage());
      }
    }
  }
}
