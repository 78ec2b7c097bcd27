package io.isctl.registry;

import io.isctl.base.IsctlException;
import java.util.Optional;

/**
 * A registry request failed; the message is one line: what was attempted, the registry's error code
 * and its message, for example {@code GET http://127.0.0.1:5000/v2/foo/manifests/1.0:
 * MANIFEST_UNKNOWN: manifest unknown}. Messages never contain credentials or tokens.
 */
public class RegistryException extends IsctlException {

  private static final long serialVersionUID = 1L;

  /**
   * Messages quote URLs and words a registry chose (a realm, a challenge); whatever it sent, the
   * line stays readable, and what is stored from it (a condition) readable back.
   */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  private final String errorCode;
  private final int statusCode;

  /** A failure with the registry's error code (may be null) and HTTP status (0 when none). */
  public RegistryException(String message, String errorCode, int statusCode, Throwable cause) {
    super(cut(message), cause);
    this.errorCode = errorCode;
    this.statusCode = statusCode;
  }

  public RegistryException(String message) {
    this(message, null, 0, null);
  }

  private static String cut(String message) {
    return message != null && message.length() > MAX_MESSAGE_LENGTH
        ? message.substring(0, MAX_MESSAGE_LENGTH) + "…"
        : message;
  }

  /** The distribution error code such as {@code MANIFEST_UNKNOWN}, when the registry sent one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The HTTP status of the failing response, or 0 when there was no response. */
  public int statusCode() {
    return statusCode;
  }
}
