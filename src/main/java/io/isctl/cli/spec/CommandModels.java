package io.isctl.cli.spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private final SpecAssembler assembler;

  private CommandModels(CommandModel root, IFactory factory) {
    this.root = root;
    this.assembler = new SpecAssembler(factory);
  }

  /**
   * The model the build bundled; empty where classes were compiled without it (an IDE's own build).
   */
  public static Optional<CommandModels> bundled(IFactory factory) {
    return bundledModel().map(model -> new CommandModels(model, factory));
  }

  static Optional<CommandModel> bundledModel() {
    String[] parts;
    try {
      Class<?> data =
          Class.forName(
              CommandModels.class.getPackageName() + "." + CommandModelGenerator.DATA_CLASS);
      parts = (String[]) data.getDeclaredField(CommandModelGenerator.DATA_FIELD).get(null);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the command model is damaged (rebuild the project): " + e, e);
    }
    byte[] bytes = String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    try {
      return Optional.of(CommandModelCodec.read(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the command model is damaged (rebuild the project): " + e.getMessage(), e);
    }
  }

  /** Every command, under {@code rootCommand}. */
  public CommandLine full(Object rootCommand) {
    CommandLine cli = commandLine(root, rootCommand);
    for (CommandModel command : root.subcommands()) {
      addTree(cli, command);
    }
    return cli;
  }

  /**
   * The root and the one command (with its own subcommands) that the first word of {@code args}
   * that is not a root option or its value names; empty when no such word names a command, or when
   * a help or unknown option comes first: picocli's own messages then need every command.
   */
  public Optional<CommandLine> forArguments(Object rootCommand, String... args) {
    return commandNamed(args)
        .map(
            command -> {
              CommandLine cli = commandLine(root, rootCommand);
              addTree(cli, command);
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

  private void addTree(CommandLine parent, CommandModel command) {
    CommandLine cli = commandLine(command, assembler.create(command.type()));
    parent.addSubcommand(command.name(), cli, command.aliases().toArray(String[]::new));
    for (CommandModel subcommand : command.subcommands()) {
      addTree(cli, subcommand);
    }
  }

  private CommandLine commandLine(CommandModel command, Object userObject) {
    return new CommandLine(assembler.assemble(command, userObject), assembler.factory());
  }
}
