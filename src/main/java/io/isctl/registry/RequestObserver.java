package io.isctl.registry;

import java.net.URI;
import java.util.List;

/**
 * Told about every HTTP request the client sends, redirects, retries and token requests included.
 */
@FunctionalInterface
public interface RequestObserver {

  /** Called before the request goes on the wire. */
  void onRequest(String method, URI url);

  /**
   * Called when the response's headers arrived. Headers come as {@code Name: value} lines with
   * credentials and signed URLs already redacted; the URL is redacted too.
   */
  default void onResponse(
      String method,
      String url,
      List<String> requestHeaders,
      int status,
      List<String> responseHeaders) {}

  /** Observes nothing. */
  static RequestObserver none() {
    return NONE;
  }

  /**
   * The observer that observes nothing: requests are not even described to it (no URI made, no
   * header redacted), which a sync of thousands of tags would otherwise pay for every one.
   */
  RequestObserver NONE = (method, url) -> {};
}
