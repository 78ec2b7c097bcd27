package io.isctl.importer;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where a command's registry work runs: one lane per registry, each with up to {@code perRegistry}
 * threads taking its tasks in the order they came, so that a registry has at most that many
 * requests in flight from its lane and a slow registry holds up no other. With one place per
 * registry, every task runs on the caller's thread when it is submitted: the order and the requests
 * of a command that asks one thing at a time. Threads end when idle.
 */
public final class RegistryLanes {
  private static final long IDLE_SECONDS = 2;

  private final int perRegistry;
  private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();

  private RegistryLanes(int perRegistry) {
    if (perRegistry < 1) {
      throw new IllegalArgumentException("perRegistry must be at least 1");
    }
    this.perRegistry = perRegistry;
  }

  /** Lanes of up to {@code perRegistry} tasks in flight per registry. */
  public static RegistryLanes of(int perRegistry) {
    return new RegistryLanes(perRegistry);
  }

  /** One task at a time, each on the caller's thread. */
  public static RegistryLanes sequential() {
    return new RegistryLanes(1);
  }

  /** How many tasks of one registry may run at once. */
  public int perRegistry() {
    return perRegistry;
  }

  /**
   * Runs {@code task} in {@code registry}'s lane.
   *
   * @return its result, or its exception, when it is done
   */
  public <T> CompletableFuture<T> submit(String registry, Supplier<T> task) {
    if (perRegistry == 1) {
      try {
        return CompletableFuture.completedFuture(task.get());
      } catch (RuntimeException | Error e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return CompletableFuture.supplyAsync(task, lane(registry));
  }

  private ExecutorService lane(String registry) {
    return lanes.computeIfAbsent(registry.toLowerCase(Locale.ROOT), this::newLane);
  }

  private ExecutorService newLane(String registry) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor lane =
        new ThreadPoolExecutor(
            perRegistry,
            perRegistry,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread =
                  new Thread(task, "isctl " + registry + " #" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    lane.allowCoreThreadTimeOut(true);
    return lane;
  }
}
