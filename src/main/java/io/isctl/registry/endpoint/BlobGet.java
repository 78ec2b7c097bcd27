package io.isctl.registry.endpoint;

import io.isctl.registry.ContentDigest;
import io.isctl.registry.DigestMismatchException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.transport.BufferedResponse;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@code GET /v2/<name>/blobs/<digest>} for small blobs (image configs). Redirects to storage hosts
 * are followed by the executor without our {@code Authorization}; the bytes must hash to the
 * digest.
 */
public final class BlobGet implements RegistryEndpoint<byte[]> {

  /** Image configs are kilobytes; this is not for layers. */
  private static final long MAX_BLOB_BYTES = 8L * 1024 * 1024;

  private final RegistryRepository repository;
  private final ContentDigest digest;

  public BlobGet(RegistryRepository repository, ContentDigest digest) {
    this.repository = repository;
    this.digest = digest;
  }

  @Override
  public Request request(HttpUrl registryBase) {
    return new Request.Builder()
        .url(
            RegistryEndpoint.url(registryBase, repository.repository(), "blobs", digest.toString()))
        .get()
        .build();
  }

  @Override
  public String notFoundCode() {
    return "BLOB_UNKNOWN";
  }

  @Override
  public long maxBodyBytes() {
    return MAX_BLOB_BYTES;
  }

  @Override
  public byte[] handle(BufferedResponse response) {
    ContentDigest computed = digest.recompute(response.body());
    if (!computed.equals(digest)) {
      throw new DigestMismatchException(
          response.describe() + ": asked for " + digest + " but the body hashes to " + computed);
    }
    return response.body();
  }
}
