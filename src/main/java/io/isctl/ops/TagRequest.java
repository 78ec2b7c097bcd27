package io.isctl.ops;

import java.util.List;

/**
 * An {@code isctl tag} command line, as typed: {@code SOURCE DEST...}, or {@code -d DEST...}.
 *
 * @param sourceKind the {@code --source} value as typed, "" when not given
 * @param referencePolicy {@code source} or {@code local}, as typed
 * @param importMode {@code Legacy} or {@code PreserveOriginal}, "" when not given
 * @param namespace the current namespace
 */
public record TagRequest(
    List<String> args,
    String sourceKind,
    boolean delete,
    boolean alias,
    boolean reference,
    String referencePolicy,
    boolean scheduled,
    boolean insecure,
    String importMode,
    String namespace) {

  public TagRequest {
    args = List.copyOf(args);
    sourceKind = sourceKind == null ? "" : sourceKind;
    referencePolicy = referencePolicy == null ? "source" : referencePolicy;
    importMode = importMode == null ? "" : importMode;
  }
}
