package io.isctl.registry.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies the environment names, as curl, docker and Go's {@code httpproxy} read them: {@code
 * HTTPS_PROXY} for https, {@code HTTP_PROXY} for http (upper or lower case), and {@code NO_PROXY}
 * hosts, domain suffixes ({@code .example.com} or {@code example.com}), {@code host:port} entries
 * or {@code *} going direct; {@code localhost} and loopback addresses always do. A user and
 * password in the proxy's URL are sent to that proxy only (see {@link ProxyAuthorization}).
 */
public final class EnvironmentProxies extends ProxySelector {
  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final ProxyAddress httpsProxy;
  private final ProxyAddress httpProxy;
  private final List<String> noProxy;

  private EnvironmentProxies(
      ProxyAddress httpsProxy, ProxyAddress httpProxy, List<String> noProxy) {
    this.httpsProxy = httpsProxy;
    this.httpProxy = httpProxy;
    this.noProxy = noProxy;
  }

  /** No proxy: every request goes direct. */
  public static EnvironmentProxies none() {
    return new EnvironmentProxies(null, null, List.of());
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
    return new EnvironmentProxies(
        address(environment, "HTTPS_PROXY"), address(environment, "HTTP_PROXY"), noProxy);
  }

  @Override
  public List<Proxy> select(URI uri) {
    return proxyFor(uri)
        .map(proxy -> List.of(new Proxy(Proxy.Type.HTTP, proxy.address())))
        .orElse(List.of(Proxy.NO_PROXY));
  }

  /**
   * The {@code Proxy-Authorization} for the proxy {@code uri} goes through, when its variable names
   * a user: sent on the CONNECT of an https request, on the request itself for plain http.
   */
  public Optional<String> authorization(URI uri) {
    return proxyFor(uri).flatMap(ProxyAddress::authorization);
  }

  /** Whether a proxy variable names a user: else no request needs {@link #authorization}. */
  public boolean hasCredentials() {
    return (httpsProxy != null && httpsProxy.authorization().isPresent())
        || (httpProxy != null && httpProxy.authorization().isPresent());
  }

  private Optional<ProxyAddress> proxyFor(URI uri) {
    ProxyAddress proxy = "https".equalsIgnoreCase(uri.getScheme()) ? httpsProxy : httpProxy;
    return proxy == null || bypassed(uri) ? Optional.empty() : Optional.of(proxy);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException e) {
    // The request fails with its own error; there is no other proxy to fall back to.
  }

  private boolean bypassed(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (loopback(host)) {
      return true;
    }
    int port =
        uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
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

  /**
   * Go's httpproxy never proxies {@code localhost} or a loopback IP literal, whatever NO_PROXY
   * says.
   */
  private static boolean loopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    boolean literal = IPV4_LITERAL.matcher(host).matches() || host.startsWith("[");
    try {
      // Only literals are looked at: a name is never resolved here.
      return literal
          && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static ProxyAddress address(Map<String, String> environment, String name) {
    String value = variable(environment, name);
    return value.isBlank() ? null : ProxyAddress.parse(name, value);
  }

  private static String variable(Map<String, String> environment, String name) {
    String upper = environment.get(name);
    String value = upper != null ? upper : environment.get(name.toLowerCase(Locale.ROOT));
    return value == null ? "" : value;
  }
}
