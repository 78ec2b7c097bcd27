package io.isctl.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;

/**
 * cli.md's contract for a command that fails: exit 1 or 2, one line on stderr starting with {@code
 * error:}, no stack trace, nothing changed on disk; and for any command, bounded time and memory.
 */
public final class FailureContract {
  /** Generous: only a hang or a blow-up takes this long. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  /** Bytes one command may allocate; a 32 MiB input legitimately costs a few hundred MiB. */
  public static final long ALLOCATION_LIMIT = 2L << 30;

  private FailureContract() {}

  /** Runs a command in another thread under {@link #TIME_LIMIT} and {@link #ALLOCATION_LIMIT}. */
  public static CliResult bounded(String context, Supplier<CliResult> command) {
    return assertTimeoutPreemptively(
        TIME_LIMIT,
        () -> {
          com.sun.management.ThreadMXBean threads =
              (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
          long before = threads.getCurrentThreadAllocatedBytes();
          CliResult result = command.get();
          long allocated = threads.getCurrentThreadAllocatedBytes() - before;
          assertThat(allocated).as("%s: bytes allocated", context).isLessThan(ALLOCATION_LIMIT);
          return result;
        },
        context);
  }

  /**
   * The failure is clean: exit 1 or 2, exactly one {@code error:} line, no trace, files as before.
   */
  public static void assertCleanFailure(
      String context, CliResult result, Map<String, byte[]> before, Map<String, byte[]> after) {
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(result.exitCode())
        .as("%s: exit code; stderr: %s", context, result.err())
        .isIn(1, 2);
    softly.assertThat(result.err()).as("%s: one error line", context).matches("error: [^\\n]+\\n");
    assertNoCrash(softly, context, result);
    assertUnchanged(softly, context, before, after);
    softly.assertAll();
  }

  /** No stack trace and no unexpected exception, whatever the exit code. */
  public static void assertNoCrash(SoftAssertions softly, String context, CliResult result) {
    softly.assertThat(result.err()).as("%s: no stack trace", context).doesNotContain("\tat ");
    softly
        .assertThat(result.err())
        .as("%s: no unexpected exception", context)
        .doesNotContain("error: internal error");
    softly
        .assertThat(result.out())
        .as("%s: no stack trace on stdout", context)
        .doesNotContain("\tat ");
    softly
        .assertThat(
            result
                .err()
                .codePoints()
                .filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL))
        .as("%s: no control characters for the terminal on stderr", context)
        .isEmpty();
    softly
        .assertThat(
            result
                .out()
                .codePoints()
                .filter(c -> c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL))
        .as("%s: no control characters for the terminal on stdout", context)
        .isEmpty();
  }

  /** Every file as it was; isctl's own lock file may have appeared. */
  public static void assertUnchanged(
      SoftAssertions softly,
      String context,
      Map<String, byte[]> before,
      Map<String, byte[]> after) {
    Map<String, byte[]> now = new java.util.TreeMap<>(after);
    now.keySet()
        .removeIf(path -> path.endsWith(".isctl/lock") || path.endsWith(".isctl/.gitignore"));
    softly
        .assertThat(now.keySet())
        .as("%s: the same files", context)
        .containsExactlyInAnyOrderElementsOf(
            before.keySet().stream()
                .filter(
                    path -> !path.endsWith(".isctl/lock") && !path.endsWith(".isctl/.gitignore"))
                .toList());
    now.forEach(
        (path, bytes) -> {
          if (before.containsKey(path)) {
            softly
                .assertThat(bytes)
                .as("%s: %s unchanged", context, path)
                .isEqualTo(before.get(path));
          }
        });
  }
}
