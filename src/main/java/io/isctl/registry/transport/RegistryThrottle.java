package io.isctl.registry.transport;

import io.isctl.base.Sleeper;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * The requests one registry has in flight, and the one pause they all keep when it asks for it. At
 * most {@code maxInFlight} requests go to the registry at a time. When it answers 429 (or 502, 503,
 * 504), the request that got the answer first sleeps the wait ({@code Retry-After}, else the
 * backoff) while every other request to that registry, new ones and those that got the same answer
 * meanwhile, waits for that sleep to end: one backoff for the registry, not one per request, so
 * eight requests in flight do not turn one {@code Retry-After: 2} into sixteen seconds or into
 * eight requests retried at once before the wait is over.
 */
public final class RegistryThrottle {
  private final Semaphore permits;
  private final Sleeper sleeper;
  private boolean pausing;
  private int consecutivePauses;

  /**
   * @param maxInFlight the most requests in flight to the registry
   * @param sleeper sleeps the pauses
   */
  public RegistryThrottle(int maxInFlight, Sleeper sleeper) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1");
    }
    this.permits = new Semaphore(maxInFlight, true);
    this.sleeper = sleeper;
  }

  /** A throttle of its own for one request (a token server's): no limit, no shared pause. */
  static RegistryThrottle single(Sleeper sleeper) {
    return new RegistryThrottle(Integer.MAX_VALUE, sleeper);
  }

  /**
   * Waits for a running pause to end, then for a free place among the requests in flight.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  void enter() throws InterruptedException {
    synchronized (this) {
      while (pausing) {
        wait();
      }
    }
    permits.acquire();
  }

  /** Frees the place {@link #enter} took. */
  void leave() {
    permits.release();
  }

  /** An answer that was no request to slow down: the next pause starts from the first backoff. */
  synchronized void answered() {
    if (!pausing) {
      consecutivePauses = 0;
    }
  }

  /**
   * The registry asked to slow down: starts the registry's pause, or joins the one running. The
   * first request sleeps {@code wait}, or when empty the backoff for the registry's consecutive
   * pauses; every other waits until it is over.
   *
   * @param backoff the wait for the n-th consecutive pause (1 for the first)
   * @throws InterruptedException when interrupted while waiting
   */
  void pause(java.util.Optional<Duration> wait, java.util.function.IntFunction<Duration> backoff)
      throws InterruptedException {
    Duration sleep;
    synchronized (this) {
      if (pausing) {
        while (pausing) {
          wait();
        }
        return;
      }
      pausing = true;
      consecutivePauses++;
      sleep = wait.orElseGet(() -> backoff.apply(consecutivePauses));
    }
    try {
      sleeper.sleep(sleep);
    } finally {
      synchronized (this) {
        pausing = false;
        notifyAll();
      }
    }
  }
}
