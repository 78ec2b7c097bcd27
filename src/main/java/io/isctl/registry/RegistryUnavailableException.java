package io.isctl.registry;

/** The registry kept failing (429, 5xx, resets, timeouts) until the retry budget ran out. */
public final class RegistryUnavailableException extends RegistryException {

  private static final long serialVersionUID = 1L;

  public RegistryUnavailableException(
      String message, String errorCode, int statusCode, Throwable cause) {
    super(message, errorCode, statusCode, cause);
  }
}
