package io.isctl.cli;

import io.isctl.base.ExitCodes;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/**
 * Runs a command line: through the {@link FrontDoor} when it takes the line, else through picocli,
 * configured here (commands, one-line error handling and exit codes). An instance is the factory
 * picocli makes a run's commands with.
 */
public final class Cli implements IFactory {
  static {
    // Before picocli's first class is initialised. picocli registers converters for java.sql and
    // java.time types by reflection in every command line it makes, loading the java.sql module: a
    // tenth of a short run; no isctl option has such a type without a converter of its own
    // (CommandModelTest checks). And its factory looks for Groovy's Closure class, which isctl
    // never uses, at the cost of a failed class path search.
    System.setProperty("picocli.converters.excludes", CommandTree.CONVERTER_EXCLUDES);
    System.setProperty("picocli.disable.closures", "true");
  }

  /** picocli's own factory, made when picocli is first needed. */
  private static final class Picocli {
    static final IFactory FACTORY = CommandLine.defaultFactory();
  }

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
    return Picocli.FACTORY.create(type);
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
    return TabCompletion.complete(
        TabCompletion.grammar(environment), Session.of(cli.getCommandSpec(), environment), words);
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(
      Session.Environment environment, PrintWriter out, PrintWriter err, String... args) {
    int code = FrontDoor.run(environment, out, err, args);
    if (code == FrontDoor.DECLINED) {
      code = runWithPicocli(environment, out, err, args);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Runs {@code args} through picocli, whatever the {@link FrontDoor} would do with them. */
  static int runWithPicocli(
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
    return FailureReport.report(
        e,
        commandLine.getErr(),
        commandLine.getCommandSpec().qualifiedName(),
        verbose(commandLine, environment));
  }

  private static boolean verbose(CommandLine commandLine, Session.Environment environment) {
    try {
      return Session.of(commandLine.getCommandSpec(), environment).loglevel() >= 6;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
