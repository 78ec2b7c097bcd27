package io.isctl.registry.endpoint;

import io.isctl.registry.ContentDigest;
import io.isctl.registry.MediaTypes;
import io.isctl.registry.json.DescriptorJson;
import io.isctl.registry.json.IndexJson;
import io.isctl.registry.json.ManifestJson;
import java.util.List;
import java.util.Optional;

/**
 * What a manifest must look like before its digest is recorded: a type we know, schema version 2,
 * and well-formed descriptors, as distribution's schema2/ocischema decoders (and so OpenShift's
 * importer) demand. A registry that serves {@code {}} or {@code null} with a matching digest must
 * not get an image recorded.
 */
final class ManifestShape {
  private ManifestShape() {}

  /** Why the media type is not one we import, or empty. */
  static Optional<String> unsupportedType(String mediaType) {
    if (MediaTypes.isIndex(mediaType)
        || MediaTypes.isImageManifest(mediaType)
        || MediaTypes.isSchema1(mediaType)) {
      return Optional.empty();
    }
    return Optional.of("unsupported manifest media type \"" + mediaType + "\"");
  }

  /** Why the image manifest is malformed, or empty. */
  static Optional<String> problem(ManifestJson manifest) {
    if (manifest == null || manifest.schemaVersion() != 2) {
      return Optional.of("the image manifest is not schema version 2");
    }
    if (manifest.config() == null || manifest.layers() == null) {
      return Optional.of("the image manifest has no config or no layers list");
    }
    return descriptorProblem("config", List.of(manifest.config()))
        .or(() -> descriptorProblem("layer", manifest.layers()));
  }

  /** Why the index is malformed, or empty. */
  static Optional<String> problem(IndexJson index) {
    if (index == null || index.schemaVersion() != 2) {
      return Optional.of("the index is not schema version 2");
    }
    return descriptorProblem("manifest", index.manifests());
  }

  private static Optional<String> descriptorProblem(String what, List<DescriptorJson> descriptors) {
    for (DescriptorJson descriptor : descriptors) {
      if (descriptor == null || descriptor.digest() == null) {
        return Optional.of("a " + what + " descriptor has no digest");
      }
      try {
        ContentDigest.parse(descriptor.digest())
            .recompute(new byte[0]); // also rejects algorithms we cannot check
      } catch (IllegalArgumentException e) {
        return Optional.of("a " + what + " descriptor has an invalid digest: " + e.getMessage());
      }
    }
    return Optional.empty();
  }
}
