package io.isctl.ops;

/**
 * {@code isctl import-image NAME[:TAG]} as typed.
 *
 * @param insecure null when {@code --insecure} was not given (the stream's annotation and tags
 *     decide)
 * @param referencePolicy {@code source} or {@code local}, any case
 * @param importMode {@code Legacy} or {@code PreserveOriginal}
 * @param dryRun whether to write, and how the messages say it when not
 * @param platform {@code --platform}: {@code os/arch[/variant]} the imports of a manifest list
 *     choose, "" for the tags' preferences or the cluster's platform
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
    DryRun dryRun,
    String namespace,
    String platform) {

  public ImportImageRequest {
    dryRun = dryRun == null ? DryRun.NONE : dryRun;
    platform = platform == null ? "" : platform;
    from = from == null ? "" : from;
    referencePolicy = referencePolicy == null ? "source" : referencePolicy;
    importMode = importMode == null || importMode.isEmpty() ? "Legacy" : importMode;
  }
}
