package io.isctl.registry.transport;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/** Keeps secrets out of messages: credentials in URLs and signed/query tokens are replaced. */
public final class Redaction {

  private static final Set<String> SECRET_PARAMETERS = Set.of("token", "access_token", "refresh_token",
      "password", "secret", "signature", "sig", "x-amz-signature", "x-amz-credential",
      "x-amz-security-token", "x-goog-signature", "x-goog-credential", "_state");

  private Redaction() {}

  /** The URL without user info and with secret-looking query values replaced by {@code REDACTED}. */
  public static String url(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().username("").password("");
    for (String name : url.queryParameterNames()) {
      if (SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        builder.setQueryParameter(name, "REDACTED");
      }
    }
    return builder.build().toString();
  }
}
