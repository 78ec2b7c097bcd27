package io.isctl.registry.endpoint;

import io.isctl.registry.ContentDigest;
import io.isctl.registry.MediaTypes;
import io.isctl.registry.RegistryException;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.transport.BufferedResponse;
import java.util.Base64;
import java.util.Optional;

/**
 * The digest of manifest bytes: sha256 of the exact bytes, except signed schema1 whose digest
 * covers the JWS payload with the signatures removed (distribution api.md "Digest Header"; c/image
 * internal/manifest Digest).
 */
public final class ManifestDigests {

  private ManifestDigests() {}

  /** The digest of the bytes as a registry computes it for this media type. */
  public static ContentDigest compute(
      String algorithm, String mediaType, byte[] bytes, RegistryJson json) {
    byte[] digested =
        MediaTypes.DOCKER_SCHEMA1_SIGNED.equals(mediaType)
            ? schema1Payload(bytes, json).orElse(bytes)
            : bytes;
    return ContentDigest.compute(algorithm, digested);
  }

  /**
   * The signed payload: the first {@code formatLength} bytes plus the decoded {@code formatTail}
   * from the first signature's protected header (libtrust's JWS "pretty" format).
   */
  private static Optional<byte[]> schema1Payload(byte[] bytes, RegistryJson json) {
    return json.tree(bytes)
        .map(tree -> tree.path("signatures").path(0).path("protected").asText(""))
        .filter(p -> !p.isEmpty())
        .flatMap(p -> json.tree(Base64.getUrlDecoder().decode(pad(p))))
        .filter(header -> header.has("formatLength") && header.has("formatTail"))
        .map(
            header -> {
              int length = header.get("formatLength").asInt();
              byte[] tail = Base64.getUrlDecoder().decode(pad(header.get("formatTail").asText()));
              byte[] payload = new byte[length + tail.length];
              System.arraycopy(bytes, 0, payload, 0, Math.min(length, bytes.length));
              System.arraycopy(tail, 0, payload, length, tail.length);
              return payload;
            });
  }

  private static String pad(String base64Url) {
    return base64Url + "=".repeat((4 - base64Url.length() % 4) % 4);
  }

  /** The {@code Docker-Content-Digest} header, if sent; a malformed one is the registry's error. */
  public static Optional<ContentDigest> announced(BufferedResponse response) {
    String header = response.header("Docker-Content-Digest");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ContentDigest.parse(header.trim()));
    } catch (IllegalArgumentException e) {
      throw new RegistryException(
          response.describe() + ": malformed Docker-Content-Digest header",
          null,
          response.code(),
          e);
    }
  }
}
