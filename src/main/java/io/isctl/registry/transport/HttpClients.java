package io.isctl.registry.transport;

import io.isctl.registry.RegistryTimeouts;
import io.isctl.registry.RequestObserver;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Builds the OkHttp clients the registry code uses: one verifying TLS, one for insecure registries.
 * Both share one connection pool, sized for the requests a command keeps in flight, and each is
 * built on first use: TLS is set up (the JDK's trust store read, its TLS classes loaded) only when
 * a run makes a TLS connection, never for a registry reached over plain HTTP.
 */
public final class HttpClients {

  private final RegistryTimeouts timeouts;
  private final RequestObserver observer;
  private final String userAgent;
  private final EnvironmentProxies proxies;
  private final ConnectionPool pool;
  private volatile OkHttpClient verified;
  private volatile OkHttpClient unverified;

  /**
   * Clients with the timeouts, a User-Agent and the observer on every request on the wire, through
   * the proxies (with their credentials, to them only).
   *
   * @param maxIdleConnections connections kept open for reuse: at least the requests in flight
   */
  public HttpClients(
      RegistryTimeouts timeouts,
      RequestObserver observer,
      String userAgent,
      EnvironmentProxies proxies,
      int maxIdleConnections) {
    this.timeouts = timeouts;
    this.observer = observer;
    this.userAgent = userAgent;
    this.proxies = proxies;
    this.pool = new ConnectionPool(Math.max(5, maxIdleConnections), 5, TimeUnit.MINUTES);
  }

  /** The client for registries whose TLS certificates must verify. */
  public OkHttpClient verified() {
    OkHttpClient client = verified;
    if (client == null) {
      synchronized (this) {
        if (verified == null) {
          // OkHttp sets up the platform's TLS (trust store included) when it builds this client.
          verified = configured().build();
        }
        client = verified;
      }
    }
    return client;
  }

  /**
   * The client for registries the user marked insecure: any certificate, any host name. Its TLS
   * context is made at its first TLS connection, so plain HTTP through it costs no TLS set-up.
   */
  public OkHttpClient unverified() {
    OkHttpClient client = unverified;
    if (client == null) {
      synchronized (this) {
        if (unverified == null) {
          X509TrustManager trustAll = new TrustEveryCertificate();
          unverified =
              configured()
                  .sslSocketFactory(new LazySslSocketFactory(trustAll), trustAll)
                  .hostnameVerifier((host, session) -> true)
                  .build();
        }
        client = unverified;
      }
    }
    return client;
  }

  private OkHttpClient.Builder configured() {
    ProxyAuthorization proxyAuthorization = new ProxyAuthorization(proxies);
    return new OkHttpClient.Builder()
        .connectionPool(pool)
        .proxySelector(proxies)
        .addInterceptor(proxyAuthorization)
        .proxyAuthenticator(proxyAuthorization)
        .connectTimeout(timeouts.connect())
        .readTimeout(timeouts.read())
        .callTimeout(timeouts.call())
        // HttpExecutor follows redirects (to drop credentials across hosts) and owns all
        // retries.
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(
            chain -> {
              boolean observed = observer != RequestObserver.NONE;
              if (observed) {
                observer.onRequest(chain.request().method(), chain.request().url().uri());
              }
              Request request =
                  chain.request().newBuilder().header("User-Agent", userAgent).build();
              Response response = chain.proceed(request);
              if (observed) {
                List<String> secrets = Redaction.secretsOf(request);
                observer.onResponse(
                    request.method(),
                    Redaction.url(request.url()),
                    Redaction.headers(request.headers(), request.url(), secrets),
                    response.code(),
                    Redaction.headers(response.headers(), request.url(), secrets));
              }
              return response;
            });
  }

  /** Accepts every certificate: for the registries the user marked insecure only. */
  private static final class TrustEveryCertificate implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
