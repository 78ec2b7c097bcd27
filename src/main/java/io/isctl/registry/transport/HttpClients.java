package io.isctl.registry.transport;

import io.isctl.registry.RegistryTimeouts;
import io.isctl.registry.RequestObserver;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Builds the OkHttp clients the registry code uses: one verifying TLS, one for insecure registries.
 */
public final class HttpClients {

  private final OkHttpClient verified;
  private final OkHttpClient unverified;

  /**
   * Clients with the timeouts, a User-Agent and the observer on every request on the wire, through
   * the proxies (with their credentials, to them only).
   */
  public HttpClients(
      RegistryTimeouts timeouts,
      RequestObserver observer,
      String userAgent,
      EnvironmentProxies proxies) {
    ProxyAuthorization proxyAuthorization = new ProxyAuthorization(proxies);
    verified =
        new OkHttpClient.Builder()
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
                  observer.onRequest(chain.request().method(), chain.request().url().uri());
                  Request request =
                      chain.request().newBuilder().header("User-Agent", userAgent).build();
                  Response response = chain.proceed(request);
                  List<String> secrets = Redaction.secretsOf(request);
                  observer.onResponse(
                      request.method(),
                      Redaction.url(request.url()),
                      Redaction.headers(request.headers(), request.url(), secrets),
                      response.code(),
                      Redaction.headers(response.headers(), request.url(), secrets));
                  return response;
                })
            .build();
    unverified = trustingEveryCertificate(verified);
  }

  /** The client for registries whose TLS certificates must verify. */
  public OkHttpClient verified() {
    return verified;
  }

  /** The client for registries the user marked insecure: any certificate, any host name. */
  public OkHttpClient unverified() {
    return unverified;
  }

  private static OkHttpClient trustingEveryCertificate(OkHttpClient base) {
    X509TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return base.newBuilder()
          .sslSocketFactory(context.getSocketFactory(), trustAll)
          .hostnameVerifier((host, session) -> true)
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS support in this JVM", e);
    }
  }
}
