package io.isctl.importer;

import io.isctl.apiserver.ImageConfigException;
import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.TagImport;
import io.isctl.base.Futures;
import io.isctl.model.ClusterConfig;
import io.isctl.model.Image;
import io.isctl.model.TagImportPolicy;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import io.isctl.registry.ContentDigest;
import io.isctl.registry.LegacyPlatformSelection;
import io.isctl.registry.Manifest;
import io.isctl.registry.ManifestDescriptor;
import io.isctl.registry.ManifestRequest;
import io.isctl.registry.MediaTypes;
import io.isctl.registry.RegistryClient;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.json.DescriptorJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Imports images from registries as OpenShift's API server does: honours blocked and allowed
 * registries, tries mirrors before the source, picks one platform of a manifest list in Legacy mode
 * (or keeps the list in PreserveOriginal mode), and records the source as the user spelled it, at
 * the digest.
 *
 * <p>The images of a request are asked for at once, up to the lanes' limit per registry ({@link
 * RegistryLanes}), and the results come back in the request's order, exactly as one at a time would
 * give them: each repository's spelling is the first in the request's order, an Image new to the
 * store is carried by the first tag that imports it, and tags sharing an image fetch its config
 * once.
 */
public final class RegistryImporter implements ImageImporter {
  private final ClusterConfig config;
  private final Function<Set<String>, RegistryClient> clients;
  private final ManifestListChoices listChoices;
  private final int perRegistry;
  private RegistryLanes lanes;

  /**
   * @param clients makes a client that treats the given registries as insecure (HTTP or unverified
   *     TLS)
   * @param listChoices the children chosen from manifest lists before, so an unchanged list costs
   *     one HEAD
   * @param perRegistry the requests kept in flight to one registry ({@link RegistryLanes}, made at
   *     the first import: a command that imports nothing starts no thread)
   */
  public RegistryImporter(
      ClusterConfig config,
      Function<Set<String>, RegistryClient> clients,
      ManifestListChoices listChoices,
      int perRegistry) {
    this.config = config;
    this.clients = clients;
    this.listChoices = listChoices;
    this.perRegistry = perRegistry;
  }

  /** An importer that asks one thing at a time and remembers list choices in this process. */
  public RegistryImporter(ClusterConfig config, Function<Set<String>, RegistryClient> clients) {
    this(config, clients, ManifestListChoices.inMemory(), 1);
  }

  @Override
  public boolean online() {
    return true;
  }

  @Override
  public List<TagImport> fetch(
      List<ImportSpec> specs, ImageCreation images, Consumer<String> started) {
    return Futures.join(fetchLater(specs, images, started));
  }

  @Override
  public CompletableFuture<List<TagImport>> fetchLater(
      List<ImportSpec> specs, ImageCreation images, Consumer<String> done) {
    RegistryClient client = clients.apply(insecureRegistries(specs));
    RegistryLanes lanes = lanes();
    DoneInOrder progress = new DoneInOrder(specs, done);
    // The server groups images by repository and records every one with the first spelling it saw:
    // settled in the request's order before any answer comes.
    Map<String, ImageReference> spellings = new HashMap<>();
    SharedBuilds builds = new SharedBuilds();
    List<CompletableFuture<TagImport>> results = new ArrayList<>(specs.size());
    for (ImportSpec spec : specs) {
      Planned planned = plan(spec, spellings);
      CompletableFuture<TagImport> result =
          planned.failure() != null
              ? CompletableFuture.completedFuture(planned.failure())
              : lanes.submit(planned.lane(), () -> fetchOne(client, spec, planned, images, builds));
      int index = results.size();
      results.add(result);
      result.whenComplete((answer, failure) -> progress.done(index));
    }
    return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
        .thenApply(
            all -> {
              listChoices.save();
              return inRequestOrder(results);
            });
  }

  private synchronized RegistryLanes lanes() {
    if (lanes == null) {
      lanes = RegistryLanes.of(perRegistry);
    }
    return lanes;
  }

  /**
   * Tells each tag as it is done, in the request's order: a tag is told once it and every tag
   * before it are done, so progress reads the same whatever order the answers come in.
   */
  private static final class DoneInOrder {
    private final List<ImportSpec> specs;
    private final Consumer<String> done;
    private final boolean[] finished;
    private int next;

    DoneInOrder(List<ImportSpec> specs, Consumer<String> done) {
      this.specs = specs;
      this.done = done;
      this.finished = new boolean[specs.size()];
    }

    synchronized void done(int index) {
      finished[index] = true;
      while (next < finished.length && finished[next]) {
        done.accept(specs.get(next++).tag());
      }
    }
  }

  /**
   * The results as one at a time gives them: an Image is carried by the first tag (in the request's
   * order) that imports it; later tags importing it again carry none.
   */
  private static List<TagImport> inRequestOrder(List<CompletableFuture<TagImport>> futures) {
    Set<String> carried = new HashSet<>();
    List<TagImport> results = new ArrayList<>(futures.size());
    for (CompletableFuture<TagImport> future : futures) {
      TagImport result = future.join();
      List<Image> images =
          result.images().stream().filter(image -> carried.add(image.name())).toList();
      results.add(images.size() == result.images().size() ? result : result.withImages(images));
    }
    return results;
  }

  @Override
  public List<String> listTags(String from, boolean insecure) {
    SourceRepository source;
    try {
      source = SourceRepository.of(ImageReference.parse(from));
    } catch (InvalidReferenceException e) {
      throw new ImportException("invalid repository \"" + from + "\": " + e.getMessage());
    }
    Set<String> insecureSet = new HashSet<>(config.insecureRegistries());
    RegistryException last = null;
    for (RegistryRepository candidate : MirrorRules.candidates(config, source)) {
      if (insecure) {
        insecureSet.add(candidate.registry());
      }
      try {
        return clients.apply(insecureSet).listTags(candidate);
      } catch (RegistryException e) {
        last = e;
      }
    }
    throw new ImportException("cannot list the tags of " + from + ": " + last.getMessage(), last);
  }

  /**
   * One image of the request before any registry is asked: its parsed source, the spelling its
   * Images get, the registry whose lane runs it; or its failure already.
   */
  private record Planned(
      ImageReference ref,
      SourceRepository source,
      ImageReference spelling,
      String lane,
      TagImport failure) {}

  private Planned plan(ImportSpec spec, Map<String, ImageReference> spellings) {
    ImageReference ref;
    try {
      ref = ImageReference.parse(spec.from());
    } catch (InvalidReferenceException e) {
      return failedPlan(failed(spec, ImportFailures.invalidName(spec.from(), e.getMessage())));
    }
    SourceRepository source = SourceRepository.of(ref);
    String registry = source.repository().registry();
    if (config.blockedRegistries().contains(registry)
        || (!config.allowedRegistries().isEmpty()
            && !config.allowedRegistries().contains(registry))) {
      return failedPlan(failed(spec, ImportFailures.blocked(registry)));
    }
    ImageReference spelling = spellings.computeIfAbsent(source.name(), name -> ref);
    List<RegistryRepository> candidates = MirrorRules.candidates(config, source);
    String lane = candidates.isEmpty() ? registry : candidates.get(0).registry();
    return new Planned(ref, source, spelling, lane, null);
  }

  private static Planned failedPlan(TagImport failure) {
    return new Planned(null, null, null, null, failure);
  }

  private TagImport fetchOne(
      RegistryClient client,
      ImportSpec spec,
      Planned planned,
      ImageCreation images,
      SharedBuilds builds) {
    RegistryException last = null;
    String normalized = planned.ref().dockerClientDefaults().exact();
    for (RegistryRepository candidate : MirrorRules.candidates(config, planned.source())) {
      try {
        Resolved resolved = resolveImage(client, candidate, planned.source().reference(), spec);
        String pullSpec = planned.spelling().withTag("").withId(resolved.digest()).exact();
        List<Image> built =
            resolved.manifest() == null
                ? List.of()
                : builds.images(
                    planned.spelling(),
                    resolved.manifest(),
                    () ->
                        new ImageFetcher(client, candidate, planned.spelling(), images)
                            .images(resolved.manifest()));
        return TagImport.succeeded(
                spec.tag(),
                spec.from(),
                spec.importPolicy(),
                spec.referencePolicy(),
                resolved.digest(),
                pullSpec)
            .withImages(built);
      } catch (RegistryException e) {
        last = e;
      } catch (ImageConfigException e) {
        return failed(spec, ImportFailures.internal(normalized, e.getMessage()));
      }
    }
    return failed(spec, ImportFailures.of(last, normalized, spec.importPolicy().insecure()));
  }

  /**
   * The Images of a manifest, built once per request for tags of one spelling that import it at the
   * same time: the first builds them (fetching the config), the others wait for that. A build that
   * failed is tried again by the next tag, as one at a time would.
   */
  private static final class SharedBuilds {
    private final Map<String, CompletableFuture<List<Image>>> builds = new ConcurrentHashMap<>();

    List<Image> images(ImageReference spelling, Manifest manifest, Supplier<List<Image>> build) {
      String key = spelling.exact() + " " + manifest.descriptor().digest();
      CompletableFuture<List<Image>> mine = new CompletableFuture<>();
      CompletableFuture<List<Image>> earlier = builds.putIfAbsent(key, mine);
      if (earlier != null) {
        try {
          return earlier.join();
        } catch (java.util.concurrent.CompletionException failed) {
          return build.get();
        }
      }
      try {
        List<Image> built = build.get();
        mine.complete(built);
        return built;
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }

  /**
   * The image the tag will point at.
   *
   * @param manifest the manifest fetched for it, or null when the registry still serves the known
   *     image
   */
  private record Resolved(String digest, Manifest manifest) {}

  /** The image the tag will point at, downloading only what a known image does not answer. */
  private Resolved resolveImage(
      RegistryClient client, RegistryRepository repository, String reference, ImportSpec spec) {
    ManifestRequest request = new ManifestRequest(repository, reference);
    boolean legacy = !TagImportPolicy.PRESERVE_ORIGINAL.equals(spec.importPolicy().importMode());
    // The tag's preference, else the platform the cluster's API server runs on.
    String os = spec.preferredOs().isEmpty() ? config.platform().os() : spec.preferredOs();
    String architecture =
        spec.preferredArchitecture().isEmpty()
            ? config.platform().architecture()
            : spec.preferredArchitecture();
    String variant = spec.preferredVariant();
    if (!spec.knownImage().isEmpty()) {
      ManifestDescriptor head = client.headManifest(request);
      String served = head.digest().toString();
      boolean list = MediaTypes.isIndex(head.mediaType());
      // The known image itself, unless it is a list and this import keeps one platform of it.
      boolean unchanged = served.equals(spec.knownImage()) && !(legacy && list);
      // A list still served under the tag whose remembered child, for this platform, is the known
      // image.
      boolean unchangedList =
          legacy
              && listChoices
                  .child(served, os, archAndVariant(architecture, variant))
                  .filter(spec.knownImage()::equals)
                  .isPresent();
      if (unchanged || unchangedList) {
        return new Resolved(spec.knownImage(), null);
      }
    }
    Manifest manifest = client.getManifest(request);
    if (!manifest.isIndex() || !legacy) {
      return new Resolved(manifest.descriptor().digest().toString(), manifest);
    }
    DescriptorJson chosen =
        LegacyPlatformSelection.select(manifest.index(), os, architecture, variant)
            .orElseThrow(
                () ->
                    new RegistryException(
                        repository + ":" + reference + ": the manifest list has no images"));
    // The sub-manifest is fetched too: its bytes must exist and match the digest the list names.
    Manifest child =
        client.getManifest(
            ManifestRequest.digest(repository, ContentDigest.parse(chosen.digest())));
    String childDigest = child.descriptor().digest().toString();
    listChoices.remember(
        manifest.descriptor().digest().toString(),
        os,
        archAndVariant(architecture, variant),
        childDigest);
    return new Resolved(childDigest, child);
  }

  /** How a choice is remembered: a variant counts as part of the architecture. */
  private static String archAndVariant(String architecture, String variant) {
    return variant.isEmpty() ? architecture : architecture + "/" + variant;
  }

  private Set<String> insecureRegistries(List<ImportSpec> specs) {
    Set<String> insecure = new HashSet<>(config.insecureRegistries());
    for (ImportSpec spec : specs) {
      if (!spec.importPolicy().insecure()) {
        continue;
      }
      try {
        SourceRepository source = SourceRepository.of(ImageReference.parse(spec.from()));
        MirrorRules.candidates(config, source)
            .forEach(candidate -> insecure.add(candidate.registry()));
      } catch (InvalidReferenceException e) {
        // Reported as the image's failure when it is fetched.
      }
    }
    return insecure;
  }

  private static TagImport failed(ImportSpec spec, ImportFailures.Failure failure) {
    return TagImport.failed(
        spec.tag(),
        spec.from(),
        spec.importPolicy(),
        spec.referencePolicy(),
        failure.reason(),
        failure.message());
  }
}
