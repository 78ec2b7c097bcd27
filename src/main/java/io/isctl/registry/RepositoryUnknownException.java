package io.isctl.registry;

/** The repository does not exist (`NAME_UNKNOWN`). */
public final class RepositoryUnknownException extends RegistryNotFoundException {

  private static final long serialVersionUID = 1L;

  public RepositoryUnknownException(
      String message, String errorCode, int statusCode, Throwable cause) {
    super(message, errorCode, statusCode, cause);
  }
}
