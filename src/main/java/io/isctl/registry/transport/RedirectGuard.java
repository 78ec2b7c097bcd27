package io.isctl.registry.transport;

import java.util.Optional;
import okhttp3.HttpUrl;

/** Decides whether a redirect may be followed; returns the reason to refuse it, if any. */
@FunctionalInterface
public interface RedirectGuard {

  /** Why following {@code from → to} is refused, or empty to follow it. */
  Optional<String> refuse(HttpUrl from, HttpUrl to);

  /** Refuses only a downgrade from https to http. */
  static RedirectGuard noDowngrade() {
    return (from, to) ->
        from.isHttps() && !to.isHttps()
            ? Optional.of("refusing redirect from https to http " + Redaction.url(to))
            : Optional.empty();
  }
}
