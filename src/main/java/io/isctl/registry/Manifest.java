package io.isctl.registry;

import io.isctl.registry.json.IndexJson;
import io.isctl.registry.json.ManifestJson;
import java.util.Optional;

/**
 * A manifest as fetched: the exact bytes (whose digest was verified), their descriptor, and the
 * parsed form — an image manifest, an index, or neither for legacy schema1.
 */
public record Manifest(
    ManifestDescriptor descriptor, byte[] bytes, ManifestJson image, IndexJson index) {

  public Manifest {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether this is an OCI index or Docker manifest list. */
  public boolean isIndex() {
    return index != null;
  }

  /** The single-platform manifest, when it is one. */
  public Optional<ManifestJson> asImage() {
    return Optional.ofNullable(image);
  }

  /** The index, when it is one. */
  public Optional<IndexJson> asIndex() {
    return Optional.ofNullable(index);
  }
}
