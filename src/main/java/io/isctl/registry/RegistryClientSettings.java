package io.isctl.registry;

import io.isctl.base.Sleeper;
import io.isctl.registry.auth.CredentialStore;
import io.isctl.registry.transport.EnvironmentProxies;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How an {@link OkHttpRegistryClient} behaves; start from {@link #defaults()} and change fields
 * with the {@code with…} methods.
 *
 * @param insecureRegistries registries ({@code host[:port]} as users write them) that may use plain
 *     http or unverified TLS, like {@code oc tag --insecure}; loopback is not special otherwise
 * @param timeouts per-request time limits
 * @param retryPolicy retries for 429/5xx, resets and truncated bodies
 * @param credentials where credentials come from
 * @param observer told about every request (see {@link RequestCounter})
 * @param warnings receives one-line warnings (credential helper failures, anonymous fallback)
 * @param clock time for token lifetimes and Retry-After dates
 * @param sleeper waits between retries
 * @param userAgent the User-Agent header
 * @param maxTagPages the most pages of a list (tags/list, _catalog) followed before giving up
 * @param proxies the proxies requests go through, and the credentials those proxies get
 * @param maxConcurrency the most requests in flight to one registry
 * @param plainHttp the insecure registries HTTPS-first found speaking plain HTTP, asked over HTTP
 *     first
 */
public record RegistryClientSettings(
    Set<String> insecureRegistries,
    RegistryTimeouts timeouts,
    RetryPolicy retryPolicy,
    CredentialStore credentials,
    RequestObserver observer,
    Consumer<String> warnings,
    Clock clock,
    Sleeper sleeper,
    String userAgent,
    int maxTagPages,
    EnvironmentProxies proxies,
    int maxConcurrency,
    PlainHttpMemory plainHttp) {

  /** Requests in flight per registry unless --max-concurrency says otherwise. */
  public static final int DEFAULT_MAX_CONCURRENCY = 8;

  public RegistryClientSettings {
    insecureRegistries = Set.copyOf(insecureRegistries);
    Objects.requireNonNull(timeouts);
    Objects.requireNonNull(retryPolicy);
    Objects.requireNonNull(credentials);
    Objects.requireNonNull(observer);
    Objects.requireNonNull(warnings);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(sleeper);
    Objects.requireNonNull(proxies);
    Objects.requireNonNull(plainHttp);
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1");
    }
  }

  /** Anonymous, secure registries only, default timeouts and retries, real time. */
  public static RegistryClientSettings defaults() {
    return new RegistryClientSettings(
        Set.of(),
        RegistryTimeouts.defaults(),
        RetryPolicy.defaults(),
        CredentialStore.none(),
        RequestObserver.none(),
        warning -> {},
        Clock.systemUTC(),
        Sleeper.system(),
        "isctl",
        1000,
        EnvironmentProxies.none(),
        DEFAULT_MAX_CONCURRENCY,
        PlainHttpMemory.inMemory());
  }

  public RegistryClientSettings withInsecureRegistries(Set<String> registries) {
    return new RegistryClientSettings(
        registries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withTimeouts(RegistryTimeouts value) {
    return new RegistryClientSettings(
        insecureRegistries,
        value,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withRetryPolicy(RetryPolicy value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        value,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withCredentials(CredentialStore value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        value,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withObserver(RequestObserver value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        value,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withWarnings(Consumer<String> value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        value,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withClock(Clock value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        value,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withSleeper(Sleeper value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        value,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withMaxTagPages(int value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        value,
        proxies,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withProxies(EnvironmentProxies value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        value,
        maxConcurrency,
        plainHttp);
  }

  public RegistryClientSettings withMaxConcurrency(int value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        value,
        plainHttp);
  }

  public RegistryClientSettings withPlainHttpMemory(PlainHttpMemory value) {
    return new RegistryClientSettings(
        insecureRegistries,
        timeouts,
        retryPolicy,
        credentials,
        observer,
        warnings,
        clock,
        sleeper,
        userAgent,
        maxTagPages,
        proxies,
        maxConcurrency,
        value);
  }

  /** Whether the user marked this registry insecure. */
  public boolean isInsecure(String registry) {
    return insecureRegistries.contains(registry);
  }
}
