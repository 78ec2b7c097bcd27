package io.isctl.apiserver;

import io.isctl.model.Image;
import io.isctl.model.ImageLayer;
import io.isctl.model.ImageManifest;
import io.isctl.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * The Image objects the API server creates for what it imported, as {@code oc get image -o yaml}
 * shows them.
 */
public final class ImportedImages {
  private ImportedImages() {}

  /**
   * A single-platform (Docker schema2 or OCI) image: layers base first, metadata from the config
   * blob.
   *
   * @param reference the pull spec the import recorded ({@code <spelling>@<digest>})
   * @param created when the Image was created (the import), RFC 3339
   * @throws ImageConfigException when the config blob cannot be read as the server reads it
   */
  public static Image single(
      String digest,
      String mediaType,
      String reference,
      String configDigest,
      byte[] config,
      List<ImageLayer> layers,
      String created) {
    ObjectMeta meta =
        new ObjectMeta(
            digest, "", null, created, Map.of(Image.LAYERS_ORDER, Image.ASCENDING), null);
    return new Image(
        meta,
        reference,
        DockerImageMetadata.fromConfig(config, configDigest, layers),
        DockerImageMetadata.VERSION,
        layers,
        mediaType,
        List.of(),
        null);
  }

  /**
   * The Image of a manifest list or OCI index kept whole (PreserveOriginal): its sub-manifests, no
   * layers, and metadata that only records when it was imported.
   */
  public static Image manifestList(
      String digest,
      String mediaType,
      String reference,
      List<ImageManifest> manifests,
      String created) {
    ObjectMeta meta = new ObjectMeta(digest, "", null, created, Map.of(), null);
    return new Image(
        meta,
        reference,
        DockerImageMetadata.forManifestList(digest, created),
        DockerImageMetadata.VERSION,
        List.of(),
        mediaType,
        manifests,
        null);
  }
}
