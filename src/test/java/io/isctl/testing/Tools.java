package io.isctl.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs the tests drive; a missing one fails the test with what to install, never skips it. */
public final class Tools {
  private Tools() {}

  /** The program's path on the PATH; fails when it is not installed. */
  public static Path require(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        program
            + " is not installed: run scripts/install-shell-test-deps.sh "
            + "(apt-get install "
            + program
            + "), or scripts/test.sh which does");
  }
}
