package io.isctl.registry;

import java.util.Objects;

/**
 * A manifest to fetch: a repository and a tag or digest.
 *
 * @param repository where the manifest lives
 * @param reference a tag, or a digest such as {@code sha256:…}
 */
public record ManifestRequest(RegistryRepository repository, String reference) {

  public ManifestRequest {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("empty tag or digest for " + repository);
    }
  }

  /** A request by tag. */
  public static ManifestRequest tag(RegistryRepository repository, String tag) {
    return new ManifestRequest(repository, tag);
  }

  /** A request by digest. */
  public static ManifestRequest digest(RegistryRepository repository, ContentDigest digest) {
    return new ManifestRequest(repository, digest.toString());
  }

  /** Whether the reference is a digest (it contains {@code :}, which a tag never does). */
  public boolean isDigest() {
    return reference.contains(":");
  }

  /** The digest asked for; only when {@link #isDigest()}. */
  public ContentDigest digest() {
    return ContentDigest.parse(reference);
  }

  @Override
  public String toString() {
    return repository + (isDigest() ? "@" : ":") + reference;
  }
}
