package io.isctl.registry;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link RequestObserver} that remembers requests so callers can assert request budgets. */
public final class RequestCounter implements RequestObserver {

  /** One request: the method and the URL. */
  public record SentRequest(String method, URI url) {}

  private final List<SentRequest> requests = new CopyOnWriteArrayList<>();

  @Override
  public void onRequest(String method, URI url) {
    requests.add(new SentRequest(method, url));
  }

  /** All requests so far, oldest first. */
  public List<SentRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests used the method. */
  public long count(String method) {
    return requests.stream().filter(r -> r.method().equals(method)).count();
  }

  /** How many requests used the method on a path containing the fragment. */
  public long count(String method, String pathFragment) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.url().getRawPath().contains(pathFragment))
        .count();
  }

  /** Forgets what was counted. */
  public void reset() {
    requests.clear();
  }
}
