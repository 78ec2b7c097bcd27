package io.isctl.registry;

/** The registry or its token server refused our credentials, or we had none (HTTP 401/403). */
public final class RegistryUnauthorizedException extends RegistryException {

  private static final long serialVersionUID = 1L;

  public RegistryUnauthorizedException(
      String message, String errorCode, int statusCode, Throwable cause) {
    super(message, errorCode, statusCode, cause);
  }
}
