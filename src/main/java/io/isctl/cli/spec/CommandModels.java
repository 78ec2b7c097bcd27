package io.isctl.cli.spec;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Range;

/**
 * The command tree from the model the build wrote ({@code CommandModelData}): the whole tree, or
 * the root with only the command a run needs.
 */
public final class CommandModels {
  private final CommandModel root;

  private CommandModels(CommandModel root) {
    this.root = root;
  }

  /**
   * The model the build bundled; empty where classes were compiled without it (an IDE's own build).
   */
  public static Optional<CommandModels> bundled() {
    return bundledModel().map(CommandModels::new);
  }

  static Optional<CommandModel> bundledModel() {
    return BundledModel.root();
  }

  /**
   * The grammar of a command line picocli built from the annotations: for classes compiled without
   * the bundled model (an IDE's own build).
   */
  public static CommandGrammar grammarOf(CommandLine annotated) {
    return new CommandGrammar(CommandModelExtractor.extract(annotated));
  }

  /** Every command, each made by {@code factory}. */
  public CommandLine full(IFactory factory) {
    SpecAssembler assembler = new SpecAssembler(factory);
    CommandLine cli = commandLine(assembler, root);
    for (CommandModel command : root.subcommands()) {
      addTree(assembler, cli, command);
    }
    return cli;
  }

  /**
   * The root and the one command (with its own subcommands) that the first word of {@code args}
   * that is not a root option or its value names; empty when no such word names a command, or when
   * a help or unknown option comes first: picocli's own messages then need every command.
   */
  public Optional<CommandLine> forArguments(IFactory factory, String... args) {
    return commandNamed(args)
        .map(
            command -> {
              SpecAssembler assembler = new SpecAssembler(factory);
              CommandLine cli = commandLine(assembler, root);
              addTree(assembler, cli, command);
              return cli;
            });
  }

  private Optional<CommandModel> commandNamed(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-")) {
        return root.subcommand(arg);
      }
      int equals = arg.indexOf('=');
      Optional<ArgModel> option = rootOption(equals < 0 ? arg : arg.substring(0, equals));
      if (option.isEmpty()) {
        return Optional.empty();
      }
      if (equals < 0 && Range.valueOf(option.get().arity()).max() > 0) {
        i++;
      }
    }
    return Optional.empty();
  }

  /** An option of the root's own mixins (the global options), not its help options. */
  private Optional<ArgModel> rootOption(String name) {
    return root.mixins().stream()
        .filter(mixin -> mixin.type() != null)
        .flatMap(mixin -> mixin.args().stream())
        .filter(arg -> arg.names().contains(name))
        .findFirst();
  }

  private static void addTree(SpecAssembler assembler, CommandLine parent, CommandModel command) {
    CommandLine cli = commandLine(assembler, command);
    parent.addSubcommand(command.name(), cli, command.aliases().toArray(String[]::new));
    for (CommandModel subcommand : command.subcommands()) {
      addTree(assembler, cli, subcommand);
    }
  }

  /** The command's spec, bound to a new object of its class. */
  private static CommandLine commandLine(SpecAssembler assembler, CommandModel command) {
    Object userObject = assembler.create(command.type());
    return new CommandLine(assembler.assemble(command, userObject), assembler.factory());
  }
}
