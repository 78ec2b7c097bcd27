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
    if (url.querySize() > 0) {
      builder.query(null);
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        boolean secret = SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
        builder.addQueryParameter(name, secret ? "REDACTED" : url.queryParameterValue(i));
      }
    }
    return builder.build().toString();
  }
}
