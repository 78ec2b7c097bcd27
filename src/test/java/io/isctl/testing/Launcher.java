package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/isctl} as a separate process, in a chosen folder and environment. */
public final class Launcher {
  private final Path cwd;
  private final Map<String, String> env = new HashMap<>();

  public Launcher(Path cwd) {
    this.cwd = cwd;
  }

  public Launcher env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** One run in {@code cwd} with the default environment. */
  public static CliResult run(Path cwd, String... args) {
    return new Launcher(cwd).exec(args);
  }

  private static byte[] readAll(java.io.InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The process builder for one run; {@code bin/isctl} execs java, so the process is the JVM
   * itself.
   */
  public ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Fixtures.projectRoot().resolve("bin/isctl").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    builder.environment().remove("ISCTL_STORE");
    builder.environment().remove("ISCTL_NAMESPACE");
    builder.environment().putAll(env);
    return builder;
  }

  public CliResult exec(String... args) {
    return Launcher.run(builder(args), Duration.ofSeconds(120));
  }

  /**
   * Runs a process to its end with nothing on its stdin, both pipes drained at once (so a chatty
   * stderr cannot block it), and returns what it printed.
   *
   * @throws IllegalStateException when it does not finish within {@code limit}
   */
  public static CliResult run(ProcessBuilder builder, Duration limit) {
    List<String> command = builder.command();
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      var err =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> readAll(process.getErrorStream()), task -> new Thread(task, "stderr").start());
      var out = process.getInputStream().readAllBytes();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("did not finish: " + String.join(" ", command));
      }
      return new CliResult(
          process.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
