package io.isctl.registry;

/**
 * The bytes received do not hash to the digest asked for or to the one the registry announced in
 * {@code Docker-Content-Digest}; nothing from such a response is returned.
 */
public final class DigestMismatchException extends RegistryException {

  private static final long serialVersionUID = 1L;

  public DigestMismatchException(String message) {
    super(message, "DIGEST_INVALID", 0, null);
  }
}
