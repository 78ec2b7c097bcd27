package io.isctl.importer;

import io.isctl.base.Futures;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Reads the integrated registry through the mirror {@code config.yaml} gives for its hostname (an
 * ImageTagMirrorSet whose source is {@code image-registry.openshift-image-registry.svc:5000}): its
 * catalog, the tags of each {@code <namespace>/<stream>} repository, and one HEAD per tag for the
 * digest it serves. The listings and HEADs run in the registry's lane ({@link RegistryLanes}); what
 * they found is reported in repository and tag order, whatever order the answers came in.
 */
public final class IntegratedRegistryScanner implements PushedImages {
  private final ClusterConfig config;
  private final Function<Set<String>, RegistryClient> clients;
  private final int perRegistry;

  /**
   * @param clients makes a client that treats the given registries as insecure
   * @param perRegistry the requests kept in flight to the registry
   */
  public IntegratedRegistryScanner(
      ClusterConfig config, Function<Set<String>, RegistryClient> clients, int perRegistry) {
    this.config = config;
    this.clients = clients;
    this.perRegistry = perRegistry;
  }

  /** The scanner asking one thing at a time. */
  public IntegratedRegistryScanner(
      ClusterConfig config, Function<Set<String>, RegistryClient> clients) {
    this(config, clients, 1);
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
    RegistryLanes lanes = RegistryLanes.of(perRegistry);
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
    List<Listing> listings = listStreams(repositories, registry, prefix, wanted, client, lanes);
    return collect(location.get(), headEveryTag(listings, registry, client, lanes));
  }

  /**
   * The repositories that are streams ({@code <prefix><namespace>/<name>}) the caller wants, each
   * with its tags/list asked for.
   */
  private static List<Listing> listStreams(
      List<String> repositories,
      String registry,
      String prefix,
      BiPredicate<String, String> wanted,
      RegistryClient client,
      RegistryLanes lanes) {
    List<Listing> listings = new ArrayList<>();
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
        RegistryRepository where = new RegistryRepository(registry, repository);
        listings.add(
            new Listing(
                where, parts[0], parts[1], lanes.submit(registry, () -> listTags(client, where))));
      }
    }
    return listings;
  }

  /**
   * One HEAD asked for every tag listed, in the listings' order; a listing that failed is its
   * failure line in that place.
   */
  private static List<CompletableFuture<Object>> headEveryTag(
      List<Listing> listings, String registry, RegistryClient client, RegistryLanes lanes) {
    List<CompletableFuture<Object>> heads = new ArrayList<>();
    for (Listing listing : listings) {
      Listed listed = Futures.join(listing.tags());
      if (listed.failure() != null) {
        String failure =
            listing.namespace()
                + "/"
                + listing.stream()
                + ": cannot list its tags: "
                + listed.failure();
        heads.add(CompletableFuture.completedFuture(failure));
        continue;
      }
      for (String tag : listed.tags()) {
        heads.add(lanes.submit(registry, () -> head(client, listing, tag)));
      }
    }
    return heads;
  }

  /** The answers, in the order they were asked for: pushed tags and failure lines. */
  private static Scan collect(String location, List<CompletableFuture<Object>> heads) {
    List<PushedTag> tags = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (CompletableFuture<Object> head : heads) {
      Object found = Futures.join(head);
      if (found instanceof PushedTag pushed) {
        tags.add(pushed);
      } else if (found instanceof String failure) {
        failures.add(failure);
      }
    }
    return new Scan(location, tags, failures);
  }

  /** A stream's repository and, in time, its tags. */
  private record Listing(
      RegistryRepository repository,
      String namespace,
      String stream,
      CompletableFuture<Listed> tags) {}

  /** A repository's valid tag names, sorted, or why they could not be listed. */
  private record Listed(List<String> tags, String failure) {}

  /** An empty list for a repository gone meanwhile. */
  private static Listed listTags(RegistryClient client, RegistryRepository repository) {
    List<String> tags;
    try {
      tags = new ArrayList<>(client.listTags(repository));
    } catch (RepositoryUnknownException gone) {
      return new Listed(List.of(), null);
    } catch (RegistryException e) {
      return new Listed(List.of(), e.getMessage());
    }
    tags.removeIf(tag -> !StreamNames.isValidTagName(tag));
    tags.sort(null);
    return new Listed(tags, null);
  }

  /** The digest the tag serves as a push; a failure line; or null for a tag deleted meanwhile. */
  private static Object head(RegistryClient client, Listing listing, String tag) {
    try {
      String digest =
          client.headManifest(ManifestRequest.tag(listing.repository(), tag)).digest().toString();
      return new PushedTag(listing.namespace(), listing.stream(), tag, digest);
    } catch (ManifestUnknownException deletedMeanwhile) {
      return null; // a tag deleted between the listing and the HEAD is no push
    } catch (RegistryException e) {
      return listing.namespace() + "/" + listing.stream() + ":" + tag + ": " + e.getMessage();
    }
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
}
