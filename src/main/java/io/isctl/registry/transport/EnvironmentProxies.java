package io.isctl.registry.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxies the environment names, as curl, docker and Go's {@code httpproxy} read them:
 * {@code HTTPS_PROXY} for https, {@code HTTP_PROXY} for http (upper or lower case), and {@code NO_PROXY}
 * hosts, domain suffixes ({@code .example.com} or {@code example.com}), {@code host:port} entries or
 * {@code *} going direct.
 */
public final class EnvironmentProxies extends ProxySelector {
  private final InetSocketAddress httpsProxy;
  private final InetSocketAddress httpProxy;
  private final List<String> noProxy;

  private EnvironmentProxies(InetSocketAddress httpsProxy, InetSocketAddress httpProxy, List<String> noProxy) {
    this.httpsProxy = httpsProxy;
    this.httpProxy = httpProxy;
    this.noProxy = noProxy;
  }

  /**
   * The selector for these environment variables.
   *
   * @throws IllegalArgumentException naming the variable when a proxy address cannot be read
   */
  public static EnvironmentProxies from(Map<String, String> environment) {
    List<String> noProxy = new ArrayList<>();
    for (String entry : variable(environment, "NO_PROXY").split(",")) {
      if (!entry.isBlank()) {
        noProxy.add(entry.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new EnvironmentProxies(address(environment, "HTTPS_PROXY"), address(environment, "HTTP_PROXY"), noProxy);
  }

  @Override
  public List<Proxy> select(URI uri) {
    InetSocketAddress proxy = "https".equalsIgnoreCase(uri.getScheme()) ? httpsProxy : httpProxy;
    if (proxy == null || bypassed(uri)) {
      return List.of(Proxy.NO_PROXY);
    }
    return List.of(new Proxy(Proxy.Type.HTTP, proxy));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException e) {
    // The request fails with its own error; there is no other proxy to fall back to.
  }

  private boolean bypassed(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    for (String entry : noProxy) {
      if (entry.equals("*")) {
        return true;
      }
      String entryHost = entry;
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && entry.indexOf(']') < colon) {
        if (!entry.substring(colon + 1).equals(String.valueOf(port))) {
          continue;
        }
        entryHost = entry.substring(0, colon);
      }
      String domain = entryHost.startsWith(".") ? entryHost.substring(1) : entryHost;
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  private static InetSocketAddress address(Map<String, String> environment, String name) {
    String value = variable(environment, name);
    if (value.isBlank()) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(value.contains("://") ? value : "http://" + value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a proxy address (its value is not shown: it may hold a password)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(name + " is not a proxy address (its value is not shown: it may hold a password)");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return InetSocketAddress.createUnresolved(uri.getHost(), port);
  }

  private static String variable(Map<String, String> environment, String name) {
    String upper = environment.get(name);
    String value = upper != null ? upper : environment.get(name.toLowerCase(Locale.ROOT));
    return value == null ? "" : value;
  }
}
