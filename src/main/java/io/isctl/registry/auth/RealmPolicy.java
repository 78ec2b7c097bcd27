package io.isctl.registry.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Which token realms (and realm redirects) we contact, in the spirit of ggcr's validateRealmURL
 * (ggcr#2258): https always; http only for a registry the user marked insecure; the registry's own
 * host:port always; a link-local or unspecified IP literal (cloud metadata at 169.254.169.254)
 * never; a loopback or private IP literal only when the registry itself is loopback or private,
 * since a public registry must not steer us into the local network. Host names are not resolved.
 */
public final class RealmPolicy {

  private RealmPolicy() {}

  /** Why the realm is refused for this registry, or empty when it may be used. */
  public static Optional<String> refuse(HttpUrl realm, HttpUrl registryBase, boolean insecure) {
    if (!realm.isHttps() && !insecure) {
      return Optional.of(
          "token realm "
              + realm.scheme()
              + "://"
              + realm.host()
              + ":"
              + realm.port()
              + " is not https and the registry was not marked insecure");
    }
    if (realm.host().equalsIgnoreCase(registryBase.host()) && realm.port() == registryBase.port()) {
      return Optional.empty();
    }
    Optional<InetAddress> realmIp = ipLiteral(realm.host());
    if (realmIp.isEmpty()) {
      return Optional.empty();
    }
    InetAddress ip = realmIp.get();
    if (ip.isLinkLocalAddress() || ip.isAnyLocalAddress() || ip.isMulticastAddress()) {
      return Optional.of("token realm " + realm.host() + " is a link-local or unspecified address");
    }
    boolean internalRealm = isInternal(ip);
    boolean internalRegistry =
        ipLiteral(registryBase.host()).map(RealmPolicy::isInternal).orElse(false);
    if (internalRealm && !internalRegistry) {
      return Optional.of(
          "token realm "
              + realm.host()
              + " is a private or loopback address but the"
              + " registry "
              + registryBase.host()
              + " is not");
    }
    return Optional.empty();
  }

  private static boolean isInternal(InetAddress ip) {
    byte[] bytes = ip.getAddress();
    boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    return ip.isLoopbackAddress() || ip.isSiteLocalAddress() || uniqueLocalV6;
  }

  /** The address when the host is an IP literal (or {@code localhost}); never does a DNS lookup. */
  private static Optional<InetAddress> ipLiteral(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return Optional.of(InetAddress.getLoopbackAddress());
    }
    boolean literal = host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!literal) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(host));
    } catch (UnknownHostException malformed) {
      return Optional.empty();
    }
  }
}
