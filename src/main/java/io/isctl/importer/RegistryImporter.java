package io.isctl.importer;

import io.isctl.apiserver.ImageConfigException;
import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.TagImport;
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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imports images from registries as OpenShift's API server does: honours blocked and allowed
 * registries, tries mirrors before the source, picks one platform of a manifest list in Legacy mode
 * (or keeps the list in PreserveOriginal mode), and records the source as the user spelled it, at
 * the digest.
 */
public final class RegistryImporter implements ImageImporter {
  private final ClusterConfig config;
  private final Function<Set<String>, RegistryClient> clients;
  private final ManifestListChoices listChoices;

  /**
   * @param clients makes a client that treats the given registries as insecure (HTTP or unverified
   *     TLS)
   * @param listChoices the children chosen from manifest lists before, so an unchanged list costs
   *     one HEAD
   */
  public RegistryImporter(
      ClusterConfig config,
      Function<Set<String>, RegistryClient> clients,
      ManifestListChoices listChoices) {
    this.config = config;
    this.clients = clients;
    this.listChoices = listChoices;
  }

  /** An importer that remembers manifest list choices for this process only. */
  public RegistryImporter(ClusterConfig config, Function<Set<String>, RegistryClient> clients) {
    this(config, clients, ManifestListChoices.inMemory());
  }

  @Override
  public boolean online() {
    return true;
  }

  @Override
  public List<TagImport> fetch(
      List<ImportSpec> specs, ImageCreation images, Consumer<String> started) {
    RegistryClient client = clients.apply(insecureRegistries(specs));
    Map<String, ImageReference> spellings = new HashMap<>();
    List<TagImport> results = new ArrayList<>();
    // Tags of one import often share an image: its Image is built, and its config fetched, once.
    Set<String> built = new HashSet<>();
    ImageCreation once =
        new ImageCreation(
            images.now(), digest -> built.contains(digest) || images.stored().test(digest));
    for (ImportSpec spec : specs) {
      started.accept(spec.tag());
      TagImport result = fetchOne(client, spec, spellings, once);
      result.images().forEach(image -> built.add(image.name()));
      results.add(result);
    }
    listChoices.save();
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

  private TagImport fetchOne(
      RegistryClient client,
      ImportSpec spec,
      Map<String, ImageReference> spellings,
      ImageCreation images) {
    ImageReference ref;
    try {
      ref = ImageReference.parse(spec.from());
    } catch (InvalidReferenceException e) {
      return failed(spec, ImportFailures.invalidName(spec.from(), e.getMessage()));
    }
    SourceRepository source = SourceRepository.of(ref);
    String registry = source.repository().registry();
    if (config.blockedRegistries().contains(registry)
        || (!config.allowedRegistries().isEmpty()
            && !config.allowedRegistries().contains(registry))) {
      return failed(spec, ImportFailures.blocked(registry));
    }
    // The server groups images by repository and records every one with the first spelling it saw.
    ImageReference spelling = spellings.computeIfAbsent(source.name(), name -> ref);
    RegistryException last = null;
    String normalized = ref.dockerClientDefaults().exact();
    for (RegistryRepository candidate : MirrorRules.candidates(config, source)) {
      try {
        Resolved resolved = resolveImage(client, candidate, source.reference(), spec);
        String pullSpec = spelling.withTag("").withId(resolved.digest()).exact();
        List<Image> built =
            resolved.manifest() == null
                ? List.of()
                : new ImageFetcher(client, candidate, spelling, images).images(resolved.manifest());
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
