package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a {@code main} class of the test class path in a new JVM, for tests that must kill a real
 * process.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * The child's stdout goes to {@code stdout}; its stderr to ours, so that a child that fails to
   * start says why.
   */
  public static Process start(Path stdout, Class<?> mainClass, String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(stdout.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      process.getOutputStream().close();
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("starting " + mainClass.getName(), e);
    }
  }
}
