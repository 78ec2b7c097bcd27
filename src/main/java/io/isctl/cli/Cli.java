package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.Failures;
import io.isctl.base.IsctlException;
import io.isctl.base.OneLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/**
 * Builds the configured command line: commands, one-line error handling and exit codes. An instance
 * is the factory picocli makes a run's commands with.
 */
public final class Cli implements IFactory {
  private static final IFactory PICOCLI = CommandLine.defaultFactory();

  private final Session.Environment environment;

  private Cli(Session.Environment environment) {
    this.environment = environment;
  }

  /**
   * Makes what picocli asks for (commands, mixins, converters, candidates): a command whose
   * constructor takes the {@link Session.Environment} gets this one, so no command looks for it
   * through the root command; anything else is made as picocli makes it.
   */
  public static IFactory factory(Session.Environment environment) {
    return new Cli(environment);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 1
          && constructor.getParameterTypes()[0] == Session.Environment.class) {
        return type.cast(constructor.newInstance(environment));
      }
    }
    return PICOCLI.create(type);
  }

  /** A command line with every command, writing to {@code out} and {@code err}. */
  public static CommandLine newCommandLine(
      Session.Environment environment, PrintWriter out, PrintWriter err) {
    return configure(CommandTree.full(factory(environment)), environment, out, err);
  }

  private static CommandLine configure(
      CommandLine cli, Session.Environment environment, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(false);
    cli.setParameterExceptionHandler(Cli::onUsageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> onFailure(e, commandLine, environment));
    return cli;
  }

  /**
   * What Tab offers for the last of {@code words} (the words after {@code isctl}), against {@code
   * cli}'s commands and the store the words or the environment name: the completion of the shell
   * scripts, for the JLine shell.
   */
  public static io.isctl.cli.complete.Completions complete(
      Session.Environment environment, CommandLine cli, java.util.List<String> words) {
    return CompleteCommand.completions(
        cli.getCommandSpec(), Session.of(cli.getCommandSpec(), environment), words);
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(
      Session.Environment environment, PrintWriter out, PrintWriter err, String... args) {
    // One run needs one command: build only its model (see CommandTree).
    CommandLine cli =
        configure(CommandTree.forArguments(factory(environment), args), environment, out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int onUsageError(ParameterException e, String[] args) {
    e.getCommandLine().getErr().println(UsageErrors.message(e));
    return ExitCodes.USAGE;
  }

  private static int onFailure(
      Exception e, CommandLine commandLine, Session.Environment environment) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = verbose(commandLine, environment);
    if (verbose) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(OneLine.withoutUserInfo(trace.toString()));
    }
    if (e instanceof Failures several) {
      several.failures().forEach(failure -> report(err, failure, commandLine));
      return several.exitCode();
    }
    if (e instanceof IsctlException failure) {
      report(err, failure, commandLine);
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

  private static void report(PrintWriter err, IsctlException failure, CommandLine commandLine) {
    String hint =
        failure.exitCode() == ExitCodes.USAGE
            ? " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')"
            : "";
    err.println("error: " + OneLine.of(failure.getMessage()) + hint);
  }

  private static boolean verbose(CommandLine commandLine, Session.Environment environment) {
    try {
      return Session.of(commandLine.getCommandSpec(), environment).loglevel() >= 6;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
