package io.isctl.registry;

import io.isctl.registry.json.DescriptorJson;
import io.isctl.registry.json.IndexJson;
import io.isctl.registry.json.PlatformJson;
import java.util.List;
import java.util.Optional;

/**
 * Picks one entry of an index the way OpenShift's importer does in Legacy import mode
 * (openshift-apiserver importer.go manifestFromManifestList): the first entry whose os AND
 * architecture match the preferred ones, else the first linux/amd64 entry, else the first entry.
 * Variants are ignored, like OpenShift, unless one is preferred ({@code --platform=linux/arm/v7}):
 * then an entry of that variant comes first. Buildx attestation entries are never chosen.
 */
public final class LegacyPlatformSelection {

  private LegacyPlatformSelection() {}

  /** The chosen entry, or empty for an index with no image entries. */
  public static Optional<DescriptorJson> select(
      IndexJson index, String preferredOs, String preferredArchitecture) {
    return select(index, preferredOs, preferredArchitecture, "");
  }

  /** The chosen entry preferring a variant too ("" for any); empty for no image entries. */
  public static Optional<DescriptorJson> select(
      IndexJson index, String preferredOs, String preferredArchitecture, String preferredVariant) {
    List<DescriptorJson> images =
        index.manifests().stream().filter(d -> !d.isAttestation()).toList();
    return images.stream()
        .filter(
            d ->
                !preferredVariant.isEmpty()
                    && matches(d, preferredOs, preferredArchitecture)
                    && preferredVariant.equals(d.platform().variant()))
        .findFirst()
        .or(
            () ->
                images.stream()
                    .filter(d -> matches(d, preferredOs, preferredArchitecture))
                    .findFirst())
        .or(() -> images.stream().filter(d -> matches(d, "linux", "amd64")).findFirst())
        .or(() -> images.stream().findFirst());
  }

  private static boolean matches(DescriptorJson entry, String os, String architecture) {
    PlatformJson platform = entry.platform();
    return platform != null
        && os.equals(platform.os())
        && architecture.equals(platform.architecture());
  }
}
