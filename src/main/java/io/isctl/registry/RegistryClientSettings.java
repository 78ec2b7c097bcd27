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

  public RegistryClientSettings withInsecureRegistries(Set<String> value) {
    Copy copy = new Copy(this);
    copy.insecureRegistries = value;
    return copy.settings();
  }

  public RegistryClientSettings withTimeouts(RegistryTimeouts value) {
    Copy copy = new Copy(this);
    copy.timeouts = value;
    return copy.settings();
  }

  public RegistryClientSettings withRetryPolicy(RetryPolicy value) {
    Copy copy = new Copy(this);
    copy.retryPolicy = value;
    return copy.settings();
  }

  public RegistryClientSettings withCredentials(CredentialStore value) {
    Copy copy = new Copy(this);
    copy.credentials = value;
    return copy.settings();
  }

  public RegistryClientSettings withObserver(RequestObserver value) {
    Copy copy = new Copy(this);
    copy.observer = value;
    return copy.settings();
  }

  public RegistryClientSettings withWarnings(Consumer<String> value) {
    Copy copy = new Copy(this);
    copy.warnings = value;
    return copy.settings();
  }

  public RegistryClientSettings withClock(Clock value) {
    Copy copy = new Copy(this);
    copy.clock = value;
    return copy.settings();
  }

  public RegistryClientSettings withSleeper(Sleeper value) {
    Copy copy = new Copy(this);
    copy.sleeper = value;
    return copy.settings();
  }

  public RegistryClientSettings withMaxTagPages(int value) {
    Copy copy = new Copy(this);
    copy.maxTagPages = value;
    return copy.settings();
  }

  public RegistryClientSettings withProxies(EnvironmentProxies value) {
    Copy copy = new Copy(this);
    copy.proxies = value;
    return copy.settings();
  }

  public RegistryClientSettings withMaxConcurrency(int value) {
    Copy copy = new Copy(this);
    copy.maxConcurrency = value;
    return copy.settings();
  }

  public RegistryClientSettings withPlainHttpMemory(PlainHttpMemory value) {
    Copy copy = new Copy(this);
    copy.plainHttp = value;
    return copy.settings();
  }

  /**
   * A settings object with its fields open to change, so that each {@code with…} method names only
   * the field it changes. (Plain code, no lambdas: a registry command builds its settings at
   * start.)
   */
  private static final class Copy {
    private Set<String> insecureRegistries;
    private RegistryTimeouts timeouts;
    private RetryPolicy retryPolicy;
    private CredentialStore credentials;
    private RequestObserver observer;
    private Consumer<String> warnings;
    private Clock clock;
    private Sleeper sleeper;
    private String userAgent;
    private int maxTagPages;
    private EnvironmentProxies proxies;
    private int maxConcurrency;
    private PlainHttpMemory plainHttp;

    Copy(RegistryClientSettings s) {
      insecureRegistries = s.insecureRegistries;
      timeouts = s.timeouts;
      retryPolicy = s.retryPolicy;
      credentials = s.credentials;
      observer = s.observer;
      warnings = s.warnings;
      clock = s.clock;
      sleeper = s.sleeper;
      userAgent = s.userAgent;
      maxTagPages = s.maxTagPages;
      proxies = s.proxies;
      maxConcurrency = s.maxConcurrency;
      plainHttp = s.plainHttp;
    }

    RegistryClientSettings settings() {
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
          plainHttp);
    }
  }

  /** Whether the user marked this registry insecure. */
  public boolean isInsecure(String registry) {
    return insecureRegistries.contains(registry);
  }
}
