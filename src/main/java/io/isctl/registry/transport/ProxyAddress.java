package io.isctl.registry.transport;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;

/**
 * One proxy URL from {@code HTTPS_PROXY} or {@code HTTP_PROXY}, read as Go's {@code net/url} reads
 * it for docker and podman: no scheme means http, the user info ends at the last {@code @} of the
 * authority, the user ends at its first {@code :}, and both are percent-decoded. The user info
 * becomes the Basic {@code Proxy-Authorization} Go's transport sends.
 *
 * @param authorization {@code Basic base64(user:password)}, empty when the URL names no user
 */
record ProxyAddress(InetSocketAddress address, Optional<String> authorization) {
  /** The characters Go's {@code validUserinfo} accepts besides letters and digits. */
  private static final String USERINFO_PUNCTUATION = "-._:~!$&'()*+,;=%@";

  /**
   * @param name the variable, for the message
   * @throws IllegalArgumentException naming the variable but never showing its value, which may
   *     hold a password
   */
  static ProxyAddress parse(String name, String value) {
    String url = value.contains("://") ? value : "http://" + value;
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    URI uri;
    try {
      uri = URI.create(url.substring(0, start) + authority.substring(at + 1));
    } catch (IllegalArgumentException e) {
      throw unreadable(name);
    }
    if (uri.getHost() == null) {
      throw unreadable(name);
    }
    int port =
        uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    Optional<String> authorization = Optional.empty();
    if (at >= 0) {
      authorization =
          Optional.of(basic(authority.substring(0, at)).orElseThrow(() -> unreadable(name)));
    }
    return new ProxyAddress(InetSocketAddress.createUnresolved(uri.getHost(), port), authorization);
  }

  /**
   * {@code Basic base64(user:password)} of raw user info, as Go builds it from the decoded bytes;
   * empty if invalid.
   */
  private static Optional<String> basic(String userInfo) {
    for (char c : userInfo.toCharArray()) {
      boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
      if (!alphanumeric && USERINFO_PUNCTUATION.indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
    String password = colon < 0 ? "" : userInfo.substring(colon + 1);
    ByteArrayOutputStream pair = new ByteArrayOutputStream();
    if (!unescape(user, pair)) {
      return Optional.empty();
    }
    pair.write(':');
    if (!unescape(password, pair)) {
      return Optional.empty();
    }
    return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.toByteArray()));
  }

  /**
   * Percent-decodes {@code text} into {@code out}; false on a {@code %} not followed by two hex
   * digits.
   */
  private static boolean unescape(String text, ByteArrayOutputStream out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        out.write(c);
        continue;
      }
      if (i + 2 >= text.length()
          || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        return false;
      }
      out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
      i += 2;
    }
    return true;
  }

  private static IllegalArgumentException unreadable(String name) {
    return new IllegalArgumentException(
        name + " is not a proxy address (its value is not shown: it may hold a " + "password)");
  }
}
