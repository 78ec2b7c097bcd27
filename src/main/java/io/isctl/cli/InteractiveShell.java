package io.isctl.cli;

import java.nio.file.Path;

/**
 * The interactive shell behind {@code isctl shell}. It lives in {@code io.isctl.shell}, above this
 * package, and is found through {@link java.util.ServiceLoader}, so the command line neither
 * depends on it nor loads JLine.
 */
public interface InteractiveShell {

  /**
   * Reads and runs commands until the user leaves; returns the exit code.
   *
   * @param environment the environment every command runs in; its store and namespace are the
   *     shell's
   * @param history the history file, or null for none
   */
  int run(Session.Environment environment, Path history);
}
