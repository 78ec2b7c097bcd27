package io.isctl.cli;

import io.isctl.base.Printable;
import io.isctl.ops.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One status line on stderr for long work ({@code import-image --all}, {@code sync} over many
 * streams), shown only when stderr is a terminal: piped or redirected, a command prints exactly
 * what it would without it.
 *
 * <pre>{@code
 * try (Progress progress = Progress.of(spec, session, "syncing", "streams")) {
 *   operation.apply(request, progress);  // start(40), then step("myproject/web") ... redrawn in place:
 *                                        // "syncing 3/40 streams: myproject/web"
 * }                                      // the line is erased: results stay, progress leaves no trace
 * }</pre>
 */
public final class Progress implements ProgressListener, AutoCloseable {
  private static final String ERASE_LINE = "\r\u001b[K";
  private static final int DEFAULT_COLUMNS = 80;

  private final PrintWriter err;
  private final boolean shown;
  private final String action;
  private final String unit;
  private final int columns;
  private int total;
  private int done;
  private boolean drawn;

  Progress(PrintWriter err, boolean shown, String action, String unit, int columns) {
    this.err = err;
    this.shown = shown;
    this.action = action;
    this.unit = unit;
    this.columns = columns;
  }

  /**
   * Progress of {@code action} over {@code unit}s on the command's stderr, when that is a terminal.
   * Not with {@code --loglevel=8}, whose HTTP trace writes to stderr between the steps.
   */
  public static Progress of(CommandSpec spec, Session session, String action, String unit) {
    Session.Environment environment = session.environment();
    boolean shown =
        environment.stderrTerminal()
            && !"dumb".equals(environment.variable("TERM"))
            && !session.tracesHttp();
    return new Progress(
        spec.commandLine().getErr(), shown, action, unit, columns(environment.variable("COLUMNS")));
  }

  @Override
  public synchronized void start(int total) {
    this.total = total;
    this.done = 0;
  }

  /** Draws the next step, unless there is only one: a single step is not worth a line. */
  @Override
  public synchronized void step(String item) {
    done++;
    if (shown && total > 1) {
      // The item (a tag a registry listed) is shown, never acted on by the terminal.
      err.print(
          ERASE_LINE
              + fit(
                  action + " " + done + "/" + total + " " + unit + ": " + Printable.escape(item)));
      err.flush();
      drawn = true;
    }
  }

  /**
   * Erases the line before other output goes to stderr (a warning); the next step draws it again.
   */
  public synchronized void clear() {
    if (drawn) {
      err.print(ERASE_LINE);
      err.flush();
      drawn = false;
    }
  }

  /** {@code stderr} that erases the line first, for warnings printed while the work goes on. */
  public Consumer<String> clearingFirst(Consumer<String> stderr) {
    return line -> {
      // Registry warnings come from the threads that ask the registries.
      synchronized (this) {
        clear();
        stderr.accept(line);
      }
    };
  }

  @Override
  public synchronized void finish() {
    clear();
  }

  @Override
  public synchronized void close() {
    clear();
  }

  /** Cut to the terminal's width: a wrapped line could not be redrawn in place. */
  private String fit(String line) {
    int room = Math.max(columns - 1, 10);
    return line.length() <= room ? line : line.substring(0, room - 3) + "...";
  }

  private static int columns(String value) {
    try {
      return value == null ? DEFAULT_COLUMNS : Math.max(Integer.parseInt(value.strip()), 1);
    } catch (NumberFormatException e) {
      return DEFAULT_COLUMNS;
    }
  }

  /**
   * True when file descriptor {@code fd} of this process is a terminal (Linux: a tty or pty
   * device).
   */
  static boolean isTerminal(Path procFd) {
    try {
      String target = Files.readSymbolicLink(procFd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
