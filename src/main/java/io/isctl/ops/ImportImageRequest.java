package io.isctl.ops;

/**
 * {@code isctl import-image NAME[:TAG]} as typed.
 *
 * @param insecure null when {@code --insecure} was not given (the stream's annotation and tags
 *     decide)
 * @param referencePolicy {@code source} or {@code local}, any case
 * @param importMode {@code Legacy} or {@code PreserveOriginal}
 */
public record ImportImageRequest(
    String target,
    String from,
    boolean confirm,
    boolean all,
    boolean scheduled,
    Boolean insecure,
    String referencePolicy,
    String importMode,
    boolean dryRun,
    String namespace) {

  public ImportImageRequest {
    from = from == null ? "" : from;
    referencePolicy = referencePolicy == null ? "source" : referencePolicy;
    importMode = importMode == null || importMode.isEmpty() ? "Legacy" : importMode;
  }
}
