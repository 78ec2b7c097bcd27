package io.isctl.registry.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Keeps secrets out of messages: credentials in URLs and signed/query tokens are replaced. */
public final class Redaction {

  private static final Set<String> SECRET_PARAMETERS =
      Set.of(
          "token",
          "access_token",
          "refresh_token",
          "password",
          "secret",
          "signature",
          "sig",
          "x-amz-signature",
          "x-amz-credential",
          "x-amz-security-token",
          "x-goog-signature",
          "x-goog-credential",
          "_state");

  /** Headers whose values are credentials, whatever the scheme. */
  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie",
          "x-registry-auth",
          "x-auth-token");

  private Redaction() {}

  /**
   * Each header as a {@code Name: value} line, credentials replaced and URLs in Location (resolved
   * against {@code base}, since a relative Location can carry a signature too) redacted.
   */
  public static List<String> headers(Headers headers, HttpUrl base) {
    return headers(headers, base, List.of());
  }

  /**
   * {@link #headers(Headers, HttpUrl)}, with every value also scrubbed of {@code secrets}: a server
   * may echo what it was sent in any header ({@code WWW-Authenticate}'s error_description, an
   * {@code X-Echo}).
   */
  public static List<String> headers(Headers headers, HttpUrl base, List<String> secrets) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = headers.value(i);
      String lower = name.toLowerCase(Locale.ROOT);
      if (SECRET_HEADERS.contains(lower)) {
        int space = value.indexOf(' ');
        value =
            (space > 0 && lower.endsWith("authorization") ? value.substring(0, space + 1) : "")
                + "REDACTED";
      } else if (lower.equals("location") || lower.equals("content-location")) {
        HttpUrl url = base.resolve(value);
        value = url == null ? "REDACTED" : url(url);
      }
      lines.add(name + ": " + scrub(value, secrets));
    }
    return lines;
  }

  /**
   * The secrets a request carries: the credentials of its {@code Authorization} and {@code
   * Proxy-Authorization} headers (a Basic pair's password too) and secret-looking form fields (the
   * OAuth2 refresh token). Servers and proxies sometimes echo them.
   */
  public static List<String> secretsOf(Request request) {
    List<String> secrets = new ArrayList<>();
    for (String header : List.of("Authorization", "Proxy-Authorization")) {
      credentialsOf(request.header(header), secrets);
    }
    if (request.body() instanceof FormBody form) {
      for (int i = 0; i < form.size(); i++) {
        if (SECRET_PARAMETERS.contains(form.name(i).toLowerCase(Locale.ROOT))) {
          secrets.add(form.value(i));
        }
      }
    }
    secrets.removeIf(secret -> secret.length() < 4); // too short to tell from ordinary text
    return secrets;
  }

  /**
   * Adds the credentials of an {@code Authorization}-style value to {@code secrets}: Basic's
   * password too.
   */
  private static void credentialsOf(String authorization, List<String> secrets) {
    if (authorization == null || authorization.indexOf(' ') <= 0) {
      return;
    }
    String credentials = authorization.substring(authorization.indexOf(' ') + 1).trim();
    secrets.add(credentials);
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        secrets.add(pair.substring(pair.indexOf(':') + 1));
      } catch (IllegalArgumentException notBase64) {
        // the header itself is already listed
      }
    }
  }

  /**
   * {@code text} with every one of {@code secrets} replaced by {@code REDACTED}, in each form a
   * server may echo it: as sent, percent-encoded (upper or lower case hex, a space as {@code %20}
   * or {@code +}) and JSON-escaped ({@code \/}, {@code \u002b}).
   */
  public static String scrub(String text, List<String> secrets) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String scrubbed = text;
    for (String secret : secrets) {
      for (String form : echoedForms(secret)) {
        scrubbed = replaceIgnoringHexCase(scrubbed, form);
      }
    }
    return scrubbed;
  }

  /** The forms of one secret, longest first, so a longer form is never left half replaced. */
  static List<String> echoedForms(String secret) {
    java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
    forms.add(secret);
    String form = java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
    forms.add(form);
    forms.add(form.replace("+", "%20"));
    forms.add(secret.replace("/", "\\/"));
    StringBuilder json = new StringBuilder();
    secret
        .chars()
        .forEach(
            c -> {
              if (c == '+' || c == '=' || c == '<' || c == '>' || c == '&') {
                json.append(String.format("\\u%04x", c));
              } else if (c == '/') {
                json.append("\\/");
              } else {
                json.append((char) c);
              }
            });
    forms.add(json.toString());
    List<String> ordered = new ArrayList<>(forms);
    ordered.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return ordered;
  }

  /**
   * Replaces {@code form} in {@code text}; percent escapes match whatever the case of their hex
   * digits.
   */
  private static String replaceIgnoringHexCase(String text, String form) {
    if (form.indexOf('%') < 0 && form.indexOf('\\') < 0) {
      return text.replace(form, "REDACTED");
    }
    return Pattern.compile(Pattern.quote(form), Pattern.CASE_INSENSITIVE)
        .matcher(text)
        .replaceAll("REDACTED");
  }

  /**
   * The URL without user info and with secret-looking query values replaced by {@code REDACTED}.
   */
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
