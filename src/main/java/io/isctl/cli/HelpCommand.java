package io.isctl.cli;

import io.isctl.base.ExitCodes;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl help [COMMAND...]}: the help of isctl or of a command, as kubectl's help. */
@Command(
    name = "help",
    description =
        "Print the help of isctl, or of a command: the same text as 'isctl COMMAND --help'.",
    footerHeading = "%nExamples:%n",
    footer = {"  isctl help", "  isctl help tag", "  isctl help set image-lookup"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:no such command"})
final class HelpCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;

  @Parameters(
      arity = "0..*",
      paramLabel = "COMMAND",
      description = "A command, or a command and its subcommand.")
  List<String> command = List.of();

  HelpCommand(Session.Environment environment) {
    this.environment = environment;
  }

  /** Walks the whole command tree: a run holds only the command it names (see CommandTree). */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommandLine current = Cli.newCommandLine(environment, out, err);
    for (String word : command) {
      CommandLine next = current.getSubcommands().get(word);
      if (next == null || next.getCommandSpec().usageMessage().hidden()) {
        err.println(UsageErrors.unknownCommand(current.getCommandSpec(), word));
        err.flush();
        return ExitCodes.USAGE;
      }
      current = next;
    }
    current.usage(out);
    out.flush();
    return ExitCodes.OK;
  }
}
