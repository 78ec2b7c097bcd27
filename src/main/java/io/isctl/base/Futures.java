package io.isctl.base;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on other threads, with its failures rethrown as they were thrown. */
public final class Futures {
  private Futures() {}

  /**
   * The future's value; a failure inside it is rethrown unwrapped, so that an expected failure (an
   * {@link IsctlException}) reaches the one place that reports it, as if thrown here.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    } catch (CancellationException e) {
      throw new IllegalStateException("work was cancelled", e);
    }
  }
}
