package io.isctl.registry;

import java.time.Duration;

/**
 * How often and how patiently to retry 408/429/502/503/504 answers, connection resets and truncated
 * bodies: capped exponential backoff, or the server's {@code Retry-After} when it sends one, up to
 * {@code maxAttempts} requests in all.
 *
 * @param maxAttempts requests in all, including the first
 * @param initialBackoff the wait before the first retry when the server gives no {@code
 *     Retry-After}
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest {@code Retry-After} we are willing to wait; beyond it we give up
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /**
   * 5 attempts, 1 s doubling to 30 s, Retry-After honoured up to 60 s (c/image and ggcr use similar
   * numbers).
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  /** A single attempt: no retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** Whether a response status is worth another attempt. */
  public boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** The computed wait before retry number {@code retry} (1 for the first retry). */
  public Duration backoff(int retry) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(retry - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
