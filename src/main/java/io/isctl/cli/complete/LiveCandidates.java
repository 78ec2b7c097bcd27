package io.isctl.cli.complete;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Completion candidates read from the store at the moment the user presses Tab. Used as a picocli
 * {@code completionCandidates} class, so a parameter says what completes it where it is declared;
 * picocli's own static view of them is empty.
 */
public abstract class LiveCandidates implements Iterable<String> {

  /** The candidates that start with {@code prefix}. */
  public abstract List<String> complete(CompletionContext context, String prefix);

  @Override
  public final Iterator<String> iterator() {
    return Collections.emptyIterator();
  }
}
