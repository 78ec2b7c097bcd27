package io.isctl.ops;

import io.isctl.base.UsageException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One of {@code count} parts of a store's streams, for {@code sync --shard=I/N}: a stream belongs
 * to the part its {@code namespace/name} hashes to (64-bit FNV-1a of the UTF-8 bytes, modulo {@code
 * count}), the same on every machine, Java and run, so N processes started with 0/N to N-1/N share
 * the streams out exactly, each stream to one of them.
 *
 * @param index this part, 0 to count - 1
 * @param count how many parts
 */
public record Shard(int index, int count) {
  /** Every stream: no sharding. */
  public static final Shard ALL = new Shard(0, 1);

  /** The largest number of parts accepted: more than any fleet runs at once. */
  static final int MAX_COUNT = 10_000;

  public Shard {
    if (count < 1 || count > MAX_COUNT || index < 0 || index >= count) {
      throw new UsageException(
          "a shard is I/N with 0 <= I < N <= " + MAX_COUNT + ", not " + index + "/" + count);
    }
  }

  /**
   * Parses {@code I/N}.
   *
   * @throws UsageException naming the value when it is not one
   */
  public static Shard parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash != text.lastIndexOf('/')) {
      throw new UsageException("invalid shard \"" + text + "\": expected I/N, such as 0/4");
    }
    return new Shard(
        number(text, text.substring(0, slash)), number(text, text.substring(slash + 1)));
  }

  /**
   * The shard a Kubernetes Indexed Job gives its pod: {@code JOB_COMPLETION_INDEX} of {@code
   * JOB_COMPLETIONS}; {@link #ALL} when neither is set.
   *
   * @throws UsageException when only one is set or either is not a number
   */
  public static Shard fromIndexedJob(Map<String, String> environment) {
    String index = environment.get("JOB_COMPLETION_INDEX");
    String count = environment.get("JOB_COMPLETIONS");
    if (blank(index) && blank(count)) {
      return ALL;
    }
    if (blank(index) || blank(count)) {
      throw new UsageException(
          "JOB_COMPLETION_INDEX and JOB_COMPLETIONS go together: set both (an Indexed Job sets "
              + "JOB_COMPLETION_INDEX; give JOB_COMPLETIONS its spec.completions) or neither");
    }
    String text = index.strip() + "/" + count.strip();
    return new Shard(number(text, index.strip()), number(text, count.strip()));
  }

  /** Whether the stream {@code namespace/name} is in this part. */
  public boolean covers(String namespace, String name) {
    return count == 1 || Long.remainderUnsigned(hash(namespace + "/" + name), count) == index;
  }

  /** 64-bit FNV-1a: simple, stable, and spreads similar names well. */
  static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static int number(String shard, String digits) {
    if (!digits.matches("[0-9]{1,6}")) {
      throw new UsageException("invalid shard \"" + shard + "\": expected I/N, such as 0/4");
    }
    return Integer.parseInt(digits);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
