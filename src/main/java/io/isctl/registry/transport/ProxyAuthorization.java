package io.isctl.registry.transport;

import java.io.IOException;
import java.net.Proxy;
import okhttp3.Authenticator;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Sends the proxy's credentials as Go's {@code net/http} does for docker and podman: Basic, up
 * front, on the {@code CONNECT} that opens the tunnel of an https request, and on each plain-http
 * request sent through the proxy. Never inside a tunnel, so never to a registry. A 407 is not
 * answered again: the proxy refused them.
 */
final class ProxyAuthorization implements Interceptor, Authenticator {
  static final String HEADER = "Proxy-Authorization";

  private final EnvironmentProxies proxies;

  ProxyAuthorization(EnvironmentProxies proxies) {
    this.proxies = proxies;
  }

  /**
   * Plain http through a proxy: the request goes to the proxy itself, so it carries the
   * credentials.
   */
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!proxies.hasCredentials() || request.isHttps() || request.header(HEADER) != null) {
      return chain.proceed(request);
    }
    return chain.proceed(
        proxies
            .authorization(request.url().uri())
            .map(credentials -> request.newBuilder().header(HEADER, credentials).build())
            .orElse(request));
  }

  /**
   * OkHttp asks before each {@code CONNECT} (a preemptive challenge) and after a 407: the first
   * gets the credentials, a request that already carried them gets nothing more.
   */
  @Override
  public Request authenticate(Route route, Response response) {
    Request request = response.request();
    if (route == null
        || route.proxy().type() != Proxy.Type.HTTP
        || request.header(HEADER) != null) {
      return null;
    }
    return proxies
        .authorization(route.address().url().uri())
        .map(credentials -> request.newBuilder().header(HEADER, credentials).build())
        .orElse(null);
  }
}
