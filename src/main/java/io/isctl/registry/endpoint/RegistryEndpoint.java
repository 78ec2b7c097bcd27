package io.isctl.registry.endpoint;

import io.isctl.registry.ManifestRequest;
import io.isctl.registry.MediaTypes;
import io.isctl.registry.transport.BufferedResponse;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One distribution API call (jib's RegistryEndpointProvider idea): how to ask, and how to read a
 * 2xx answer.
 */
public interface RegistryEndpoint<T> {

  /** The request, without {@code Authorization} (the caller adds it). */
  Request request(HttpUrl registryBase);

  /** The error code a bodiless 404 stands for (HEAD answers carry no error JSON). */
  String notFoundCode();

  /** The largest body accepted. */
  long maxBodyBytes();

  /** Reads a successful response. */
  T handle(BufferedResponse response);

  /** {@code base/v2/<repository>/<kind>/<reference>}, with each path segment encoded. */
  static HttpUrl url(HttpUrl registryBase, String repository, String kind, String reference) {
    return registryBase
        .newBuilder()
        .addPathSegment("v2")
        .addPathSegments(repository)
        .addPathSegment(kind)
        .addPathSegment(reference)
        .build();
  }

  /**
   * A manifest request with the full Accept list, the same for HEAD and GET: the registry's choice,
   * and so the digest, depends on it (distribution#2395).
   */
  static Request.Builder manifestRequest(HttpUrl registryBase, ManifestRequest manifest) {
    return new Request.Builder()
        .url(
            url(
                registryBase,
                manifest.repository().repository(),
                "manifests",
                manifest.reference()))
        .header("Accept", String.join(", ", MediaTypes.MANIFEST_ACCEPT));
  }
}
