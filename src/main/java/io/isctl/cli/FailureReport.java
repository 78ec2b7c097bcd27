package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.Failures;
import io.isctl.base.IsctlException;
import io.isctl.base.OneLine;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * How a command that failed is reported, whichever way its command line was read (picocli, or the
 * {@link FrontDoor}): one {@code error:} line per failure (a usage mistake names the command's
 * help), the stack trace first when verbose ({@code --loglevel} 6 and above), and the exit code.
 */
final class FailureReport {
  private FailureReport() {}

  /**
   * Reports {@code e}, thrown by the command called {@code command} ({@code "isctl resolve"}), and
   * returns the exit code.
   */
  static int report(Exception e, PrintWriter err, String command, boolean verbose) {
    if (verbose) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(OneLine.withoutUserInfo(trace.toString()));
    }
    if (e instanceof Failures several) {
      for (IsctlException failure : several.failures()) {
        report(err, failure, command);
      }
      return several.exitCode();
    }
    if (e instanceof IsctlException failure) {
      report(err, failure, command);
      return failure.exitCode();
    }
    err.println(
        "error: internal error: "
            + e.getClass().getSimpleName()
            + ": "
            + OneLine.of(String.valueOf(e.getMessage()))
            + (verbose ? "" : " (run with --loglevel=6 for details)"));
    return ExitCodes.FAILED;
  }

  private static void report(PrintWriter err, IsctlException failure, String command) {
    String hint = failure.exitCode() == ExitCodes.USAGE ? " (see '" + command + " --help')" : "";
    err.println("error: " + OneLine.of(failure.getMessage()) + hint);
  }
}
