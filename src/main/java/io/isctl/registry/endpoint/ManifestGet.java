package io.isctl.registry.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.registry.ContentDigest;
import io.isctl.registry.DigestMismatchException;
import io.isctl.registry.Manifest;
import io.isctl.registry.ManifestDescriptor;
import io.isctl.registry.ManifestRequest;
import io.isctl.registry.MediaTypes;
import io.isctl.registry.RegistryException;
import io.isctl.registry.json.IndexJson;
import io.isctl.registry.json.ManifestJson;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.transport.BufferedResponse;
import java.io.IOException;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@code GET /v2/<name>/manifests/<reference>}: the digest is computed from the exact bytes and
 * must equal the digest asked for and the {@code Docker-Content-Digest} header, else nothing is
 * returned (OCI "Pulling manifests"; re-serialised JSON would hash differently).
 */
public final class ManifestGet implements RegistryEndpoint<Manifest> {

  /** ggcr caps manifests at 100 MiB; real ones are kilobytes. */
  private static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

  private final ManifestRequest manifest;
  private final RegistryJson json;

  public ManifestGet(ManifestRequest manifest, RegistryJson json) {
    this.manifest = manifest;
    this.json = json;
  }

  @Override
  public Request request(HttpUrl registryBase) {
    return RegistryEndpoint.manifestRequest(registryBase, manifest).get().build();
  }

  @Override
  public String notFoundCode() {
    return "MANIFEST_UNKNOWN";
  }

  @Override
  public long maxBodyBytes() {
    return MAX_MANIFEST_BYTES;
  }

  @Override
  public Manifest handle(BufferedResponse response) {
    byte[] bytes = response.body();
    String mediaType =
        Optional.ofNullable(MediaTypes.withoutParameters(response.header("Content-Type")))
            .filter(type -> !type.equals("application/json") && !type.equals("text/plain"))
            .orElseGet(() -> guessMediaType(bytes, response));
    Optional<ContentDigest> header = ManifestDigests.announced(response);
    // Hash with the algorithm asked for or announced ("different domains", api.md); else sha256.
    String algorithm =
        manifest.isDigest()
            ? manifest.digest().algorithm()
            : header.map(ContentDigest::algorithm).orElse("sha256");
    ContentDigest computed = ManifestDigests.compute(algorithm, mediaType, bytes, json);
    if (manifest.isDigest() && !computed.equals(manifest.digest())) {
      throw new DigestMismatchException(
          response.describe()
              + ": asked for "
              + manifest.digest()
              + " but the body hashes to "
              + computed);
    }
    if (header.isPresent() && !header.get().equals(computed)) {
      throw new DigestMismatchException(
          response.describe()
              + ": Docker-Content-Digest says "
              + header.get()
              + " but the body hashes to "
              + computed);
    }
    ManifestDescriptor descriptor = new ManifestDescriptor(mediaType, computed, bytes.length);
    ManifestShape.unsupportedType(mediaType)
        .ifPresent(
            problem -> {
              throw new RegistryException(
                  response.describe() + ": " + problem, null, response.code(), null);
            });
    try {
      if (MediaTypes.isIndex(mediaType)) {
        IndexJson index = json.read(bytes, IndexJson.class);
        return new Manifest(
            descriptor, bytes, null, checked(response, index, ManifestShape.problem(index)));
      }
      if (MediaTypes.isImageManifest(mediaType)) {
        ManifestJson image = json.read(bytes, ManifestJson.class);
        return new Manifest(
            descriptor, bytes, checked(response, image, ManifestShape.problem(image)), null);
      }
      return new Manifest(descriptor, bytes, null, null);
    } catch (IOException e) {
      throw new RegistryException(
          response.describe() + ": the " + mediaType + " body is not valid JSON",
          null,
          response.code(),
          e);
    }
  }

  private static <T> T checked(BufferedResponse response, T parsed, Optional<String> problem) {
    problem.ifPresent(
        reason -> {
          throw new RegistryException(
              response.describe() + ": " + reason, null, response.code(), null);
        });
    return parsed;
  }

  /**
   * When Content-Type is missing or generic, use the body's mediaType or its shape (c/image
   * GuessMIMEType).
   */
  private String guessMediaType(byte[] bytes, BufferedResponse response) {
    JsonNode tree =
        json.tree(bytes)
            .orElseThrow(
                () ->
                    new RegistryException(
                        response.describe() + ": the manifest is not JSON",
                        null,
                        response.code(),
                        null));
    if (tree.hasNonNull("mediaType")) {
      return tree.get("mediaType").asText();
    }
    if (tree.path("schemaVersion").asInt() == 1) {
      return tree.has("signatures") ? MediaTypes.DOCKER_SCHEMA1_SIGNED : MediaTypes.DOCKER_SCHEMA1;
    }
    return tree.has("manifests") ? MediaTypes.OCI_INDEX : MediaTypes.OCI_MANIFEST;
  }
}
