package io.isctl.registry.endpoint;

import io.isctl.registry.ContentDigest;
import io.isctl.registry.DigestMismatchException;
import io.isctl.registry.ManifestDescriptor;
import io.isctl.registry.ManifestRequest;
import io.isctl.registry.MediaTypes;
import io.isctl.registry.transport.BufferedResponse;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@code HEAD /v2/<name>/manifests/<reference>}: the cheap digest check (Docker Hub does not count
 * it as a pull). Empty when the registry omits {@code Docker-Content-Digest} (older registries,
 * ECR), so the caller can fall back to GET.
 */
public final class ManifestHead implements RegistryEndpoint<Optional<ManifestDescriptor>> {

  private final ManifestRequest manifest;

  public ManifestHead(ManifestRequest manifest) {
    this.manifest = manifest;
  }

  @Override
  public Request request(HttpUrl registryBase) {
    return RegistryEndpoint.manifestRequest(registryBase, manifest).head().build();
  }

  @Override
  public String notFoundCode() {
    return "MANIFEST_UNKNOWN";
  }

  @Override
  public long maxBodyBytes() {
    return 0;
  }

  @Override
  public Optional<ManifestDescriptor> handle(BufferedResponse response) {
    Optional<ContentDigest> header = ManifestDigests.announced(response);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    ContentDigest announced = header.get();
    if (manifest.isDigest() && !announced.equals(manifest.digest())) {
      throw new DigestMismatchException(
          response.describe()
              + ": asked for "
              + manifest.digest()
              + " but the registry announced "
              + announced);
    }
    long size = sizeOf(response.header("Content-Length"));
    return Optional.of(
        new ManifestDescriptor(
            MediaTypes.withoutParameters(response.header("Content-Type")), announced, size));
  }

  private static long sizeOf(String contentLength) {
    try {
      return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
    } catch (NumberFormatException malformed) {
      return -1;
    }
  }
}
