package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Writes blobs and manifests through the distribution API (POST/PUT uploads, manifest PUT, DELETE).
 */
final class RegistryPusher {

  private final LocalRegistry registry;
  private final OkHttpClient http = new OkHttpClient();

  RegistryPusher(LocalRegistry registry) {
    this.registry = registry;
  }

  void pushBlob(String repository, byte[] blob) {
    String digest = ImageBlobs.sha256(blob);
    try (Response start =
        send(
            repository,
            new Request.Builder()
                .url(url("/v2/" + repository + "/blobs/uploads/"))
                .post(RequestBody.create(new byte[0])),
            202)) {
      HttpUrl location = url("/").resolve(start.header("Location"));
      HttpUrl target = location.newBuilder().addQueryParameter("digest", digest).build();
      send(
              repository,
              new Request.Builder()
                  .url(target)
                  .put(RequestBody.create(blob, MediaType.get("application/octet-stream"))),
              201)
          .close();
    }
  }

  /** PUTs a manifest under a tag or digest and returns the digest the registry reports. */
  String putManifest(String repository, String reference, String mediaType, byte[] manifest) {
    try (Response response =
        send(
            repository,
            new Request.Builder()
                .url(url("/v2/" + repository + "/manifests/" + reference))
                .put(RequestBody.create(manifest, MediaType.get(mediaType))),
            201)) {
      return response.header("Docker-Content-Digest");
    }
  }

  void deleteManifest(String repository, String digest) {
    send(
            repository,
            new Request.Builder().url(url("/v2/" + repository + "/manifests/" + digest)).delete(),
            202)
        .close();
  }

  private Response send(String repository, Request.Builder builder, int expected) {
    String authorization = registry.adminAuthorization(repository);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    Request request = builder.build();
    try {
      Response response = http.newCall(request).execute();
      if (response.code() != expected) {
        String body = response.body().string();
        response.close();
        throw new IllegalStateException(
            request.method() + " " + request.url() + " -> " + response.code() + ": " + body);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.url(), e);
    }
  }

  private HttpUrl url(String path) {
    return HttpUrl.get(registry.baseUrl() + path);
  }
}
