package io.isctl.registry;

/** The blob is not linked into the repository (`BLOB_UNKNOWN`). */
public final class BlobUnknownException extends RegistryNotFoundException {

  private static final long serialVersionUID = 1L;

  public BlobUnknownException(String message, String errorCode, int statusCode, Throwable cause) {
    super(message, errorCode, statusCode, cause);
  }
}
