package io.isctl.registry;

import java.net.URI;

/** Told about every HTTP request the client sends, redirects, retries and token requests included. */
@FunctionalInterface
public interface RequestObserver {

  /** Called before the request goes on the wire. */
  void onRequest(String method, URI url);

  /** Observes nothing. */
  static RequestObserver none() {
    return (method, url) -> {};
  }
}
