package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.OneLine;
import io.isctl.base.Printable;
import io.isctl.ops.OperationResult;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Prints an operation's result on the command's streams and turns it into an exit code. */
final class Printer {
  private Printer() {}

  /**
   * Lines for stderr as they happen (registry warnings and logs), each kept to one printable line.
   */
  static java.util.function.Consumer<String> stderr(CommandSpec spec) {
    return line -> {
      spec.commandLine().getErr().println(OneLine.of(line));
      spec.commandLine().getErr().flush();
    };
  }

  static int print(CommandSpec spec, OperationResult result) {
    return print(spec, result, null);
  }

  /** With {@code -o}, the result's objects instead of its lines. */
  static int print(CommandSpec spec, OperationResult result, StreamObjectOutput objects) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (objects == null || !objects.print(out, result.objects())) {
      result.out().forEach(line -> out.println(Printable.escape(line)));
    }
    out.flush();
    result.err().forEach(line -> err.println(OneLine.of(line)));
    err.flush();
    return result.failed() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
