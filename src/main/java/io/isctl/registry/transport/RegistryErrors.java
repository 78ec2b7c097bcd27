package io.isctl.registry.transport;

import io.isctl.registry.BlobUnknownException;
import io.isctl.registry.ManifestUnknownException;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryUnauthorizedException;
import io.isctl.registry.RegistryUnavailableException;
import io.isctl.registry.RepositoryUnknownException;
import io.isctl.registry.json.ErrorResponseJson;
import io.isctl.registry.json.ErrorResponseJson.ErrorJson;
import io.isctl.registry.json.RegistryJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an unsuccessful response into the typed exception with a one-line message {@code METHOD
 * url: CODE: message}; bodies that are not the distribution error JSON (HTML 429 pages, plain text)
 * still give a line, never a parse failure.
 */
public final class RegistryErrors {

  private final RegistryJson json;

  public RegistryErrors(RegistryJson json) {
    this.json = json;
  }

  /**
   * The exception for a failed response.
   *
   * @param notFoundCode the code to assume for a 404 without a body (HEAD has none)
   */
  public RegistryException toException(BufferedResponse response, String notFoundCode) {
    Optional<ErrorJson> error =
        json.tryRead(response.body(), ErrorResponseJson.class)
            .map(ErrorResponseJson::errors)
            .filter(errors -> !errors.isEmpty())
            .map(errors -> errors.get(0));
    String code =
        error
            .map(ErrorJson::code)
            .map(text -> printable(text, response))
            .orElseGet(() -> defaultCode(response.code(), notFoundCode));
    String message =
        error
            .map(ErrorJson::message)
            .map(text -> printable(text, response))
            .filter(m -> !m.isBlank())
            .orElseGet(() -> defaultMessage(response, code));
    String line =
        response.describe()
            + ": "
            + (code == null ? "HTTP " + response.code() : code)
            + ": "
            + message;
    int status = response.code();
    if (status == 429 || status >= 500) {
      String tries =
          response.attempts() > 1 ? "gave up after " + response.attempts() + " attempts" : "";
      String suffix =
          code != null
              ? " (HTTP " + status + (tries.isEmpty() ? "" : ", " + tries) + ")"
              : tries.isEmpty() ? "" : " (" + tries + ")";
      return new RegistryUnavailableException(line + suffix, code, status, null);
    }
    if (status == 401 || status == 403) {
      return new RegistryUnauthorizedException(line, code, status, null);
    }
    return switch (code == null ? "" : code) {
      case "MANIFEST_UNKNOWN" -> new ManifestUnknownException(line, code, status, null);
      case "BLOB_UNKNOWN" -> new BlobUnknownException(line, code, status, null);
      case "NAME_UNKNOWN" -> new RepositoryUnknownException(line, code, status, null);
      default -> new RegistryException(line, code, status, null);
    };
  }

  private static String defaultCode(int status, String notFoundCode) {
    return switch (status) {
      case 401 -> "UNAUTHORIZED";
      case 403 -> "DENIED";
      case 404 -> notFoundCode;
      case 429 -> "TOOMANYREQUESTS";
      default -> null;
    };
  }

  private static String defaultMessage(BufferedResponse response, String code) {
    if (code != null) {
      return switch (code) {
        case "MANIFEST_UNKNOWN" -> "manifest unknown";
        case "BLOB_UNKNOWN" -> "blob unknown to registry";
        case "NAME_UNKNOWN" -> "repository name not known to registry";
        case "UNAUTHORIZED" -> "authentication required";
        case "DENIED" -> "requested access to the resource is denied";
        case "TOOMANYREQUESTS" -> "too many requests";
        default -> code.toLowerCase().replace('_', ' ');
      };
    }
    if (response.code() == 407) {
      // A proxy's page, not the registry's: say what it means (its text may echo what we sent).
      return "proxy authentication required";
    }
    return firstLineOf(response.body())
        .map(line -> printable(line, response))
        .orElse("no error details");
  }

  /** The first line of a text body; an HTML page becomes a hint, not markup. */
  private static Optional<String> firstLineOf(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.startsWith("<")) {
      return Optional.of("HTML error page");
    }
    return Optional.of(text.lines().findFirst().orElse(""));
  }

  /**
   * The registry's words made safe to show: one line, no control characters (an escape sequence in
   * an error message would reach the user's terminal, and the YAML), none of the credentials we
   * sent (a server may echo them), at most 200 characters.
   */
  static String printable(String text, BufferedResponse response) {
    String line = Redaction.scrub(text, response.sentSecrets()).replaceAll("\\p{Cc}+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
