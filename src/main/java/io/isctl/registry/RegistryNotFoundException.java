package io.isctl.registry;

/** The thing asked for does not exist (HTTP 404); callers map it to a "not found" exit code. */
public class RegistryNotFoundException extends RegistryException {

  private static final long serialVersionUID = 1L;

  public RegistryNotFoundException(
      String message, String errorCode, int statusCode, Throwable cause) {
    super(message, errorCode, statusCode, cause);
  }
}
