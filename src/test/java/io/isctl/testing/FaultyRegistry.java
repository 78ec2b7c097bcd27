package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Protocol;
import okio.Buffer;

/**
 * A scripted fake registry (MockWebServer) for faults the real registry never produces: 429s, 503s,
 * resets, truncated bodies, lying digests, cross-host redirects and realm tricks.
 */
public final class FaultyRegistry implements AutoCloseable {

  /** One immutable certificate for every fake: RSA key generation is the slow part of a start. */
  private static final SelfSignedCertificate CERTIFICATE =
      SelfSignedCertificate.generate("faulty-registry");

  private final MockWebServer server = new MockWebServer();

  private FaultyRegistry(SelfSignedCertificate certificate) {
    // TLS with a self-signed certificate: the client (told the registry is insecure) accepts it at
    // the first https probe, so no test depends on how a plain-HTTP server answers a TLS hello.
    server.useHttps(certificate.serverContext().getSocketFactory());
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("starting MockWebServer", e);
    }
  }

  public static FaultyRegistry start() {
    return new FaultyRegistry(CERTIFICATE);
  }

  /** A fake presenting {@code certificate}, for tests of certificate verification. */
  public static FaultyRegistry start(SelfSignedCertificate certificate) {
    return new FaultyRegistry(certificate);
  }

  /** {@code 127.0.0.1:PORT}. */
  public String hostPort() {
    return "127.0.0.1:" + server.getPort();
  }

  /** {@code https://127.0.0.1:PORT} plus the path. */
  public String url(String path) {
    return "https://" + hostPort() + path;
  }

  public void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  /**
   * Answers every request with {@code answer} instead of the queue (requests are still recorded).
   */
  public void answer(Function<RecordedRequest, MockResponse> answer) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer.apply(request);
          }
        });
  }

  /** {@code GET /v2/} answers 200, no auth. */
  public void enqueueOpenPing() {
    enqueue(new MockResponse.Builder().code(200).body("{}").build());
  }

  /**
   * The next recorded request (they are recorded in order); fails after a few seconds of nothing.
   */
  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached " + hostPort());
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public int requestCount() {
    return server.getRequestCount();
  }

  /** A 200 manifest answer with the right Content-Type and Docker-Content-Digest. */
  public static MockResponse.Builder manifest(byte[] body, String mediaType) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", mediaType)
        .setHeader("Docker-Content-Digest", ImageBlobs.sha256(body))
        .body(new Buffer().write(body));
  }

  @Override
  public void close() {
    server.close();
  }
}
