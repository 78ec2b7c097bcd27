package io.isctl.registry.transport;

import io.isctl.base.Sleeper;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryUnavailableException;
import io.isctl.registry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends one logical request: follows redirects itself (dropping {@code Authorization} whenever the
 * origin changes, as the OCI spec requires), reads the whole body within a size bound, and retries
 * transient failures under the {@link RetryPolicy}. The OkHttp clients it uses must not follow
 * redirects or retry on their own.
 */
public final class HttpExecutor {

  private static final int MAX_REDIRECTS = 10;

  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Clock clock;

  public HttpExecutor(RetryPolicy retryPolicy, Sleeper sleeper, Clock clock) {
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * Executes the request, retrying transient failures; a retryable status is returned as the last
   * response once the attempts are used up (the caller turns it into an error).
   *
   * @throws RegistryUnavailableException when the request kept failing at the I/O level
   * @throws RegistryException when the body exceeds {@code maxBodyBytes} or a redirect is refused
   */
  public BufferedResponse execute(
      OkHttpClient client, Request request, long maxBodyBytes, RedirectGuard guard) {
    return execute(client, request, maxBodyBytes, guard, RegistryThrottle.single(sleeper));
  }

  /**
   * {@link #execute(OkHttpClient, Request, long, RedirectGuard)} as one of the requests in flight
   * to a registry: {@code throttle} limits how many go at once, and a request to slow down pauses
   * them all.
   */
  public BufferedResponse execute(
      OkHttpClient client,
      Request request,
      long maxBodyBytes,
      RedirectGuard guard,
      RegistryThrottle throttle) {
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= retryPolicy.maxAttempts();
      try {
        BufferedResponse response = send(client, request, maxBodyBytes, guard, attempt, throttle);
        if (last || !retryPolicy.isRetryableStatus(response.code())) {
          throttle.answered();
          return response;
        }
        Optional<Duration> retryAfter =
            RetryAfter.parse(response.header("Retry-After"), clock.instant());
        if (retryAfter.isPresent() && retryAfter.get().compareTo(retryPolicy.maxRetryAfter()) > 0) {
          return response; // the server asks for a longer wait than we are willing to spend
        }
        throttle.pause(retryAfter, retryPolicy::backoff);
      } catch (IOException e) {
        if (last || !isTransient(e)) {
          throw unavailable(request, e, attempt);
        }
        pause(retryPolicy.backoff(attempt), request);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RegistryUnavailableException(
            describe(request) + ": interrupted while waiting to send it", null, 0, e);
      }
    }
  }

  /** One attempt, holding a place among the registry's requests in flight while it runs. */
  private BufferedResponse send(
      OkHttpClient client,
      Request request,
      long maxBodyBytes,
      RedirectGuard guard,
      int attempt,
      RegistryThrottle throttle)
      throws IOException, InterruptedException {
    throttle.enter();
    try {
      return followRedirects(client, request, maxBodyBytes, guard, attempt);
    } finally {
      throttle.leave();
    }
  }

  private BufferedResponse followRedirects(
      OkHttpClient client, Request first, long maxBodyBytes, RedirectGuard guard, int attempt)
      throws IOException {
    Request request = first;
    for (int hop = 0; ; hop++) {
      try (Response response = client.newCall(request).execute()) {
        String location = response.header("Location");
        if (!response.isRedirect() || location == null) {
          byte[] body = readBounded(response, maxBodyBytes);
          return new BufferedResponse(
              first.method(),
              first.url(),
              request.url(),
              response.code(),
              response.headers(),
              body,
              attempt,
              Redaction.secretsOf(first));
        }
        HttpUrl target = request.url().resolve(location);
        if (target == null || hop >= MAX_REDIRECTS) {
          throw new RegistryException(
              describe(first) + ": too many or malformed redirects", null, response.code(), null);
        }
        Optional<String> refusal = guard.refuse(request.url(), target);
        if (refusal.isPresent()) {
          throw new RegistryException(
              describe(first) + ": " + refusal.get(), null, response.code(), null);
        }
        if (request.body() != null && !sameOrigin(request.url(), target)) {
          // A body may hold a secret (the OAuth2 refresh token); it goes to the host it was meant
          // for only.
          throw new RegistryException(
              describe(first)
                  + ": refusing to send the request body to another host "
                  + Redaction.url(target),
              null,
              response.code(),
              null);
        }
        request = redirected(request, target, response.code());
      }
    }
  }

  private static Request redirected(Request previous, HttpUrl target, int status) {
    Request.Builder next = previous.newBuilder().url(target);
    if (!sameOrigin(previous.url(), target)) {
      // Never forward credentials across hosts: a presigned S3/CDN URL must not see our token.
      next.removeHeader("Authorization");
    }
    if (status == 303 && !previous.method().equals("HEAD")) {
      next.get();
    }
    return next.build();
  }

  /** Same scheme, host and port (what OkHttp and browsers call an origin). */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme())
        && a.host().equalsIgnoreCase(b.host())
        && a.port() == b.port();
  }

  private static byte[] readBounded(Response response, long maxBodyBytes) throws IOException {
    ResponseBody body = response.body();
    if (response.request().method().equals("HEAD")) {
      return new byte[0];
    }
    long declared = body.contentLength();
    if (declared > maxBodyBytes) {
      throw new RegistryException(
          describe(response.request())
              + ": response of "
              + declared
              + " bytes exceeds the limit of "
              + maxBodyBytes,
          null,
          response.code(),
          null);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > maxBodyBytes) {
        throw new RegistryException(
            describe(response.request())
                + ": response exceeds the limit of "
                + maxBodyBytes
                + " bytes",
            null,
            response.code(),
            null);
      }
    }
    return buffer.readByteArray();
  }

  /**
   * Resets, truncated bodies and timeouts are transient; TLS, refused connections and DNS are not.
   */
  private static boolean isTransient(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return true;
    }
    return !(e instanceof SSLException
        || e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof InterruptedIOException);
  }

  private void pause(Duration wait, Request request) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnavailableException(
          describe(request) + ": interrupted while waiting to retry", null, 0, e);
    }
  }

  private static RegistryUnavailableException unavailable(
      Request request, IOException e, int attempts) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String tries = attempts > 1 ? " (gave up after " + attempts + " attempts)" : "";
    return new RegistryUnavailableException(describe(request) + ": " + reason + tries, null, 0, e);
  }

  private static String describe(Request request) {
    return request.method() + " " + Redaction.url(request.url());
  }
}
