package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * An Image resource (image.openshift.io/v1, cluster-scoped), named by its manifest digest, as the
 * API server builds it on import. Raw manifest and config are not kept, as the server strips them
 * from what it hands out.
 *
 * @param dockerImageMetadata the DockerImage object ({@code apiVersion: image.openshift.io/1.0})
 *     the server derives from the config blob; kept as a tree because the API treats it as raw JSON
 * @param dockerImageLayers empty for a manifest list
 * @param dockerImageManifests the sub-manifests when the Image is a manifest list, else empty
 * @param extra top-level fields isctl does not model, kept for the round trip
 */
public record Image(
    ObjectMeta metadata,
    String dockerImageReference,
    ObjectNode dockerImageMetadata,
    String dockerImageMetadataVersion,
    List<ImageLayer> dockerImageLayers,
    String dockerImageManifestMediaType,
    List<ImageManifest> dockerImageManifests,
    ObjectNode extra) {

  public static final String KIND = "Image";

  /** Layers are listed base first; the server marks every Image it fills in. */
  public static final String LAYERS_ORDER = "image.openshift.io/dockerLayersOrder";

  public static final String ASCENDING = "ascending";

  public Image {
    Objects.requireNonNull(metadata, "metadata");
    dockerImageReference = dockerImageReference == null ? "" : dockerImageReference;
    dockerImageMetadata = Extra.orEmpty(dockerImageMetadata);
    dockerImageMetadataVersion =
        dockerImageMetadataVersion == null ? "" : dockerImageMetadataVersion;
    dockerImageLayers = dockerImageLayers == null ? List.of() : List.copyOf(dockerImageLayers);
    dockerImageManifestMediaType =
        dockerImageManifestMediaType == null ? "" : dockerImageManifestMediaType;
    dockerImageManifests =
        dockerImageManifests == null ? List.of() : List.copyOf(dockerImageManifests);
    extra = Extra.orEmpty(extra);
  }

  /** The image's name: its manifest digest. */
  public String name() {
    return metadata.name();
  }

  public Image withMetadata(ObjectMeta newMetadata) {
    return new Image(
        newMetadata,
        dockerImageReference,
        dockerImageMetadata,
        dockerImageMetadataVersion,
        dockerImageLayers,
        dockerImageManifestMediaType,
        dockerImageManifests,
        extra);
  }

  /**
   * The same image as handed out under another pull spec (an ImageStreamTag's reference policy).
   */
  public Image withDockerImageReference(String reference) {
    return new Image(
        metadata,
        reference,
        dockerImageMetadata,
        dockerImageMetadataVersion,
        dockerImageLayers,
        dockerImageManifestMediaType,
        dockerImageManifests,
        extra);
  }
}
