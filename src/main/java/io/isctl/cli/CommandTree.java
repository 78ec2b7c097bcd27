package io.isctl.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli model of only the command the arguments name. picocli reads every command's annotations
 * when it builds a tree, and that reflection is most of a short command's start-up; one run needs one command.
 */
final class CommandTree {
  private CommandTree() {}

  /** The whole tree, as {@code RootCommand}'s annotation lists it: for help, completion and the shell. */
  static CommandLine full(RootCommand root) {
    return withExitCodes(new CommandLine(root, CommandFactory.INSTANCE));
  }

  /**
   * The root with only the subcommand that {@code args} name; the whole tree when they name none, or when an
   * argument before the command is anything but a global option (help, version, a mistake): picocli's own
   * messages then see every command.
   */
  static CommandLine forArguments(RootCommand root, String... args) {
    CommandSpec global = CommandSpec.forAnnotatedObject(new GlobalOptions(), CommandFactory.INSTANCE);
    return commandClass(global, args).map(command -> withExitCodes(rootWith(root, global, command)))
        .orElseGet(() -> full(root));
  }

  /** Every command's help lists the exit codes: its own, else isctl's (the same for every command). */
  private static CommandLine withExitCodes(CommandLine cli) {
    Command root = RootCommand.class.getAnnotation(Command.class);
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : root.exitCodeList()) {
      int colon = entry.indexOf(':');
      codes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    withExitCodes(cli.getCommandSpec(), root.exitCodeListHeading(), codes);
    return cli;
  }

  private static void withExitCodes(CommandSpec spec, String heading, Map<String, String> codes) {
    if (spec.usageMessage().exitCodeList().isEmpty()) {
      spec.usageMessage().exitCodeListHeading(heading).exitCodeList(codes);
    }
    spec.subcommands().values().forEach(sub -> withExitCodes(sub.getCommandSpec(), heading, codes));
  }

  private static CommandLine rootWith(RootCommand root, CommandSpec global, Class<?> command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(root, CommandFactory.INSTANCE);
    spec.name(root.getClass().getAnnotation(Command.class).name());
    spec.addMixin("global", global);
    CommandLine cli = new CommandLine(spec, CommandFactory.INSTANCE);
    Command annotation = command.getAnnotation(Command.class);
    try {
      cli.addSubcommand(annotation.name(), CommandFactory.INSTANCE.create(command), annotation.aliases());
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create " + command.getName() + ": " + e, e);
    }
    return cli;
  }

  /** The class of the command named by the first argument that is not a global option or its value. */
  private static Optional<Class<?>> commandClass(CommandSpec global, String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-")) {
        return named(arg);
      }
      int equals = arg.indexOf('=');
      OptionSpec option = global.findOption(equals < 0 ? arg : arg.substring(0, equals));
      if (option == null) {
        return Optional.empty();
      }
      if (equals < 0 && option.arity().max() > 0) {
        i++;
      }
    }
    return Optional.empty();
  }

  private static Optional<Class<?>> named(String name) {
    return Arrays.stream(RootCommand.class.getAnnotation(Command.class).subcommands())
        .filter(command -> {
          Command annotation = command.getAnnotation(Command.class);
          return annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name);
        })
        .findFirst();
  }
}
