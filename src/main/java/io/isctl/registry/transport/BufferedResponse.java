package io.isctl.registry.transport;

import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A response read completely (registry bodies we need are small and bounded), so a truncated body
 * can be retried like any other transient failure.
 *
 * @param method the request method
 * @param requestUrl the URL first requested
 * @param finalUrl the URL that answered, after redirects
 * @param code the HTTP status
 * @param headers the final response's headers
 * @param body the decoded body, empty for HEAD
 * @param attempts how many attempts it took
 * @param sentSecrets the credentials the request carried, to be kept out of anything the server
 *     says back
 */
public record BufferedResponse(
    String method,
    HttpUrl requestUrl,
    HttpUrl finalUrl,
    int code,
    Headers headers,
    byte[] body,
    int attempts,
    List<String> sentSecrets) {

  public BufferedResponse {
    sentSecrets = List.copyOf(sentSecrets);
  }

  /** A response to a request that carried no credentials. */
  public BufferedResponse(
      String method,
      HttpUrl requestUrl,
      HttpUrl finalUrl,
      int code,
      Headers headers,
      byte[] body,
      int attempts) {
    this(method, requestUrl, finalUrl, code, headers, body, attempts, List.of());
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return code >= 200 && code < 300;
  }

  /** A header value or null. */
  public String header(String name) {
    return headers.get(name);
  }

  /** {@code METHOD url} with secrets removed from the URL, for messages. */
  public String describe() {
    return method + " " + Redaction.url(requestUrl);
  }
}
