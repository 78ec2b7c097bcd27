package io.isctl.registry;

import io.isctl.registry.json.ImageConfigJson;
import java.util.List;

/**
 * Reads from container registries over the distribution API: resolves tags to digests, fetches
 * manifests, indexes and image configs, and lists tags. Every method throws a {@link
 * RegistryException} subtype with a one-line message on failure.
 */
public interface RegistryClient {

  /**
   * Checks {@code GET /v2/} and chooses the scheme: https, or for registries marked insecure https
   * without certificate checks and then plain http.
   */
  PingResult ping(String registry);

  /**
   * The digest, media type and size of a manifest by HEAD, with the full Accept list; falls back to
   * a GET when the registry omits {@code Docker-Content-Digest}.
   *
   * @throws ManifestUnknownException when the tag or digest does not exist
   * @throws DigestMismatchException when asked by digest and the registry announces another one
   */
  ManifestDescriptor headManifest(ManifestRequest request);

  /**
   * The manifest or index by GET; its digest is computed from the exact bytes and verified.
   *
   * @throws ManifestUnknownException when the tag or digest does not exist
   * @throws DigestMismatchException when the bytes do not match the digest asked for or announced
   */
  Manifest getManifest(ManifestRequest request);

  /**
   * A small blob, verified against its digest; redirects to storage hosts get no credentials.
   *
   * @throws BlobUnknownException when the blob is not in the repository
   * @throws DigestMismatchException when the bytes do not hash to the digest
   */
  byte[] getBlob(RegistryRepository repository, ContentDigest digest);

  /** The image config blob of a single-platform manifest, verified and parsed. */
  ImageConfigJson getImageConfig(RegistryRepository repository, ContentDigest configDigest);

  /**
   * All tags, following {@code Link} pages up to the configured page limit.
   *
   * @throws RepositoryUnknownException when the repository does not exist
   */
  List<String> listTags(RegistryRepository repository);

  /**
   * The repositories of a registry ({@code GET /v2/_catalog}), following {@code Link} pages up to
   * the configured page limit; asks token servers for scope {@code registry:catalog:*}.
   */
  List<String> listRepositories(String registry);
}
