package io.isctl.registry;

/** The tag or digest is not in the repository (`MANIFEST_UNKNOWN`). */
public final class ManifestUnknownException extends RegistryNotFoundException {

  private static final long serialVersionUID = 1L;

  public ManifestUnknownException(
      String message, String errorCode, int statusCode, Throwable cause) {
    super(message, errorCode, statusCode, cause);
  }
}
