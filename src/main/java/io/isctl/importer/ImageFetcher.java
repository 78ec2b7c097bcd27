package io.isctl.importer;

import io.isctl.apiserver.ImportedImages;
import io.isctl.model.Image;
import io.isctl.model.ImageLayer;
import io.isctl.model.ImageManifest;
import io.isctl.reference.ImageReference;
import io.isctl.registry.ContentDigest;
import io.isctl.registry.Manifest;
import io.isctl.registry.ManifestRequest;
import io.isctl.registry.RegistryClient;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.json.DescriptorJson;
import io.isctl.registry.json.ManifestJson;
import io.isctl.registry.json.PlatformJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the Image objects of an imported manifest, fetching only what the store does not have: the
 * config blob of a single-platform manifest, and for a kept manifest list each sub-manifest and its
 * config.
 */
final class ImageFetcher {
  private final RegistryClient client;
  private final RegistryRepository repository;
  private final ImageReference spelling;
  private final ImageCreation creation;

  /**
   * @param spelling the source as the user spelled it: every Image's reference is {@code
   *     <spelling>@<digest>}
   */
  ImageFetcher(
      RegistryClient client,
      RegistryRepository repository,
      ImageReference spelling,
      ImageCreation creation) {
    this.client = client;
    this.repository = repository;
    this.spelling = spelling;
    this.creation = creation;
  }

  /**
   * The new Images for a fetched manifest: none when the store has it, the list and its
   * sub-manifests for an index, else the one image. Legacy schema1 manifests have no config and
   * give no Image.
   *
   * @throws io.isctl.registry.RegistryException when a config or sub-manifest cannot be fetched
   * @throws io.isctl.apiserver.ImageConfigException when a config cannot be read as the server
   *     reads it
   */
  /** Real indexes name a few dozen platforms and attestations; a registry naming more lies. */
  static final int MAX_CHILDREN = 1000;

  List<Image> images(Manifest manifest) {
    String digest = manifest.descriptor().digest().toString();
    if (creation.stored().test(digest)) {
      return List.of();
    }
    List<Image> images = new ArrayList<>();
    if (manifest.isIndex()) {
      List<DescriptorJson> children = manifest.index().manifests();
      Set<String> fetched = new HashSet<>();
      for (DescriptorJson child : children) {
        if (fetched.size() >= MAX_CHILDREN) {
          throw new RegistryException(
              reference(digest)
                  + ": the index names more than "
                  + MAX_CHILDREN
                  + " manifests; refusing to fetch them all");
        }
        // An index may name one manifest many times: it is fetched once.
        if (fetched.add(child.digest()) && !creation.stored().test(child.digest())) {
          single(
              client.getManifest(
                  ManifestRequest.digest(repository, ContentDigest.parse(child.digest()))),
              images);
        }
      }
      images.add(
          ImportedImages.manifestList(
              digest,
              manifest.descriptor().mediaType(),
              reference(digest),
              manifest.index().manifests().stream().map(ImageFetcher::entry).toList(),
              creation.now()));
    } else {
      single(manifest, images);
    }
    return images;
  }

  private void single(Manifest manifest, List<Image> images) {
    ManifestJson json = manifest.image();
    if (json == null || json.config() == null || json.config().digest() == null) {
      return;
    }
    String digest = manifest.descriptor().digest().toString();
    String configDigest = json.config().digest();
    // The exact bytes, not just the parsed fields: the image size counts the config's length.
    byte[] config = client.getBlob(repository, ContentDigest.parse(configDigest));
    List<ImageLayer> layers =
        json.layers() == null
            ? List.of()
            : json.layers().stream()
                .map(l -> new ImageLayer(l.digest(), l.size(), l.mediaType()))
                .toList();
    String mediaType =
        json.mediaType() == null || json.mediaType().isEmpty()
            ? manifest.descriptor().mediaType()
            : json.mediaType();
    images.add(
        ImportedImages.single(
            digest, mediaType, reference(digest), configDigest, config, layers, creation.now()));
  }

  private String reference(String digest) {
    return spelling.withTag("").withId(digest).exact();
  }

  private static ImageManifest entry(DescriptorJson child) {
    PlatformJson platform = child.platform();
    return new ImageManifest(
        child.digest(),
        child.mediaType(),
        child.size(),
        platform == null || platform.architecture() == null ? "" : platform.architecture(),
        platform == null || platform.os() == null ? "" : platform.os(),
        platform == null || platform.variant() == null ? "" : platform.variant());
  }
}
