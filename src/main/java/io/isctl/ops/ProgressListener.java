package io.isctl.ops;

/**
 * Told how far long work has got ({@code import-image --all} per tag, {@code sync} per stream), so
 * the command can show it on a terminal. Operations never print: what the user sees is the
 * command's business.
 */
public interface ProgressListener {
  /** Hears nothing: the default for callers that show no progress. */
  ProgressListener NONE = new ProgressListener() {};

  /** {@code total} steps follow; a new start begins a new count. */
  default void start(int total) {}

  /** The next step begins, on {@code item} (a tag or a stream). */
  default void step(String item) {}

  /** The work is over, or failed: whatever was shown for it goes. */
  default void finish() {}
}
