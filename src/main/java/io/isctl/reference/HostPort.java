package io.isctl.reference;

/**
 * Go's {@code net.SplitHostPort} followed by {@code JoinHostPort}, for {@link
 * ImageReference#registryHostPort}.
 */
final class HostPort {
  private static final String SPLIT_FAILED = ":";

  private HostPort() {}

  /**
   * Splits {@code host:port} at its port colon and joins it again; Go's error cases (too many
   * colons, unbalanced brackets, no port after brackets) give ":" because library-go ignores the
   * error and uses an empty host and port.
   */
  static String normalise(String hostPort) {
    int lastColon = hostPort.lastIndexOf(':');
    String host;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0 || close + 1 != lastColon) {
        return SPLIT_FAILED;
      }
      host = hostPort.substring(1, close);
    } else {
      host = hostPort.substring(0, lastColon);
      if (host.indexOf(':') >= 0) {
        return SPLIT_FAILED;
      }
    }
    String port = hostPort.substring(lastColon + 1);
    if (hasBracket(host) || hasBracket(port)) {
      return SPLIT_FAILED;
    }
    // JoinHostPort brackets a host that holds a colon (IPv6).
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  private static boolean hasBracket(String s) {
    return s.indexOf('[') >= 0 || s.indexOf(']') >= 0;
  }
}
