package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program in a real terminal: a tmux session on a private server, driven with send-keys and read
 * with capture-pane, as a user at a terminal would. Close it to stop the server.
 */
public final class Tmux implements AutoCloseable {
  /** How long to wait for the screen to show something before failing: a limit, not a timing. */
  private static final long PATIENCE_MILLIS = 60_000;

  private final String socket = "isctl-test-" + UUID.randomUUID();
  private final Map<String, String> env;
  private final Path cwd;

  private Tmux(Path cwd, Map<String, String> env) {
    this.cwd = cwd;
    this.env = env;
  }

  /**
   * Starts {@code command} in a 160x50 terminal, in {@code cwd}, with {@code env} added to the
   * environment.
   */
  public static Tmux start(Path cwd, Map<String, String> env, String... command) {
    Tools.require("tmux");
    Tmux tmux = new Tmux(cwd, new HashMap<>(env));
    List<String> args =
        new ArrayList<>(List.of("new-session", "-d", "-s", "test", "-x", "160", "-y", "50"));
    args.addAll(List.of(command));
    tmux.tmux(args.toArray(String[]::new));
    return tmux;
  }

  /** Types {@code text} literally. */
  public Tmux type(String text) {
    tmux("send-keys", "-t", "test", "-l", text);
    return this;
  }

  /**
   * Presses keys by tmux's names: {@code Enter}, {@code Tab}, {@code C-c}, {@code C-d}, {@code
   * C-l}.
   */
  public Tmux press(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "test"));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
    return this;
  }

  /**
   * From now on, appends every byte the program writes to the terminal to {@code file}: what the
   * screen no longer shows (a line redrawn in place, then erased) can still be read there.
   */
  public Tmux record(Path file) {
    tmux("pipe-pane", "-t", "test", "-o", "cat >> '" + file + "'");
    return this;
  }

  /** What the terminal shows now. */
  public String screen() {
    return tmux("capture-pane", "-p", "-t", "test");
  }

  /**
   * Waits until the screen satisfies {@code condition}, and returns it; fails with the screen if it
   * never does.
   */
  public String waitFor(String description, Predicate<String> condition) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
    String screen = screen();
    while (!condition.test(screen)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the terminal never showed " + description + "; it shows:\n" + screen);
      }
      sleep();
      screen = screen();
    }
    return screen;
  }

  /** Waits until the screen contains {@code text}. */
  public String waitFor(String text) {
    return waitFor("'" + text + "'", screen -> screen.contains(text));
  }

  /** True while the program in the terminal runs. */
  public boolean running() {
    return run(List.of("tmux", "-L", socket, "has-session", "-t", "test")).exitCode() == 0;
  }

  /** Waits until the program in the terminal has ended. */
  public void waitForExit() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
    while (running()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the program did not end; the terminal shows:\n" + screen());
      }
      sleep();
    }
  }

  @Override
  public void close() {
    run(List.of("tmux", "-L", socket, "kill-server"));
  }

  private String tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    CliResult result = run(command);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + result.err());
    }
    return result.out();
  }

  private CliResult run(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      process.waitFor();
      return new CliResult(
          process.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
