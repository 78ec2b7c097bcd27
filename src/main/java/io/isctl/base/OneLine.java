package io.isctl.base;

import java.util.regex.Pattern;

/**
 * How a message reaches the user's terminal: as one line, since scripts grep errors and terminals
 * show them whole. Messages quote names and registry answers, so control characters are escaped
 * (they must not drive the terminal), and a URL's user info (a proxy's password) never shows.
 */
public final class OneLine {
  /**
   * A scheme, then everything up to the last {@code @} before the path: Go reads user info that
   * far.
   */
  private static final Pattern USER_INFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s]*@");

  private OneLine() {}

  /** {@code message} as one printable line; "" for null. */
  public static String of(String message) {
    if (message == null) {
      return "";
    }
    return Printable.escape(withoutUserInfo(message).strip().replaceAll("\\s*\\R\\s*", " "));
  }

  /**
   * {@code text} with the user info of every URL in it ({@code http://user:password@proxy:3128}, as
   * proxy variables hold them) replaced by {@code REDACTED}: a last guard for any message that
   * quotes one.
   */
  public static String withoutUserInfo(String text) {
    return text == null ? null : USER_INFO.matcher(text).replaceAll("$1REDACTED@");
  }
}
