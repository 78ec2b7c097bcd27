package io.isctl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One status line on stderr for long work ({@code import-image --all}, {@code sync} over many streams), shown
 * only when stderr is a terminal: piped or redirected, a command prints exactly what it would without it.
 *
 * <pre>{@code
 * try (Progress progress = Progress.of(spec, "importing", streams.size())) {
 *   for (String stream : streams) {
 *     progress.step(stream);          // "importing 3/40 myproject/web", redrawn in place
 *     ... work; print results to stdout as usual ...
 *   }
 * }                                   // the line is erased: results stay, progress leaves no trace
 * }</pre>
 */
public final class Progress implements AutoCloseable {
  private static final String ERASE_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private final boolean shown;
  private final String action;
  private final int total;
  private int done;

  Progress(PrintWriter err, boolean shown, String action, int total) {
    this.err = err;
    this.shown = shown;
    this.action = action;
    this.total = total;
  }

  /** Progress of {@code total} steps of {@code action}, on the command's stderr when that is a terminal. */
  public static Progress of(CommandSpec spec, String action, int total) {
    RootCommand root = (RootCommand) spec.root().userObject();
    boolean terminal = root.environment().stderrTerminal() && !"dumb".equals(root.environment().variable("TERM"));
    return new Progress(spec.commandLine().getErr(), terminal, action, total);
  }

  /** Starts the next step, on {@code item}. */
  public void step(String item) {
    done++;
    if (shown) {
      err.print(ERASE_LINE + action + " " + done + "/" + total + " " + item);
      err.flush();
    }
  }

  /** Erases the line before other output goes to stderr (an error or warning), then carries on. */
  public void clear() {
    if (shown && done > 0) {
      err.print(ERASE_LINE);
      err.flush();
    }
  }

  @Override
  public void close() {
    clear();
  }

  /** True when file descriptor {@code fd} of this process is a terminal (Linux: a tty or pty device). */
  static boolean isTerminal(Path procFd) {
    try {
      String target = Files.readSymbolicLink(procFd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
