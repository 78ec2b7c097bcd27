package io.isctl.reference;

/**
 * Thrown when a string is not a valid image reference; the message is library-go's, word for word.
 */
public final class InvalidReferenceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The string does not follow the reference grammar at all. */
  public static final String INVALID_FORMAT = "invalid reference format";

  /** The string would follow the grammar if it were lower-cased. */
  public static final String NAME_CONTAINS_UPPERCASE = "repository name must be lowercase";

  /** The string is empty. */
  public static final String NAME_EMPTY = "repository name must have at least one component";

  /** The name, registry included, is longer than {@link ImageReference#MAX_NAME_LENGTH}. */
  public static final String NAME_TOO_LONG = "repository name must not be more than 255 characters";

  /** Creates the exception with one of the library-go messages. */
  public InvalidReferenceException(String message) {
    super(message);
  }
}
