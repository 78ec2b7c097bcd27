package io.isctl.testing;

import io.isctl.registry.ContentDigest;
import io.isctl.registry.MediaTypes;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * The answers of a fake registry serving {@code team/app:1} for {@link FaultyRegistry#answer}: each
 * part (ping, token, manifests, tag list) answers well until a test replaces it.
 */
public final class RegistryScript {
  /** The digest of {@code {}}, the config blob of {@link #MANIFEST}. */
  public static final String CONFIG_DIGEST =
      "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

  /** A valid OCI image manifest with an empty config blob and no layers. */
  public static final String MANIFEST =
      "{\"schemaVersion\":2,\"mediaType\":\""
          + MediaTypes.OCI_MANIFEST
          + "\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"size\":2,\"digest\":"
          + "\""
          + CONFIG_DIGEST
          + "\"},\"layers\":[]}";

  public Function<RecordedRequest, MockResponse> ping =
      request -> new MockResponse.Builder().code(200).body("{}").build();
  public Function<RecordedRequest, MockResponse> token =
      request -> new MockResponse.Builder().code(404).build();
  public Function<RecordedRequest, MockResponse> manifest =
      request -> manifest(MANIFEST.getBytes(StandardCharsets.UTF_8), MediaTypes.OCI_MANIFEST);
  public Function<RecordedRequest, MockResponse> tags =
      request -> json("{\"name\":\"team/app\",\"tags\":[\"1\"]}");

  /** The manifest's config blob, {@code {}}: an import fetches it to build the Image. */
  public Function<RecordedRequest, MockResponse> config = request -> json("{}");

  /** Routes a request to the part that answers it. */
  public MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/v2/")) {
      return ping.apply(request);
    }
    if (path.startsWith("/token")) {
      return token.apply(request);
    }
    if (path.startsWith("/v2/team/app/manifests/")) {
      return manifest.apply(request);
    }
    if (path.equals("/v2/team/app/tags/list")) {
      return tags.apply(request);
    }
    if (path.equals("/v2/team/app/blobs/" + CONFIG_DIGEST)) {
      return config.apply(request);
    }
    return new MockResponse.Builder().code(404).build();
  }

  /**
   * A 200 manifest answer whose Docker-Content-Digest matches the body; no Content-Type when empty.
   */
  public static MockResponse manifest(byte[] body, String contentType) {
    MockResponse.Builder answer =
        new MockResponse.Builder()
            .code(200)
            .body(new Buffer().write(body))
            .setHeader("Docker-Content-Digest", ContentDigest.sha256(body).toString());
    if (!contentType.isEmpty()) {
      answer.setHeader("Content-Type", contentType);
    }
    return answer.build();
  }

  public static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
