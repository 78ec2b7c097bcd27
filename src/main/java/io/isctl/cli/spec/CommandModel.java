package io.isctl.cli.spec;

import java.util.List;
import java.util.Optional;

/**
 * One command of the tree as its annotations describe it.
 *
 * @param type the command's class
 * @param usage the {@code @Command} usage attributes that differ from picocli's defaults, by
 *     attribute name
 * @param specFields the command's {@code @Spec} fields, which receive its spec
 * @param args the command's own options and positional parameters (not its mixins')
 */
record CommandModel(
    String type,
    String name,
    List<String> aliases,
    String versionProvider,
    List<UsageAttribute> usage,
    List<String> specFields,
    List<MixinModel> mixins,
    List<ArgModel> args,
    List<CommandModel> subcommands) {

  /**
   * The subcommand called {@code word} by its name or an alias; read from the model, only that one
   * is decoded.
   */
  Optional<CommandModel> subcommand(String word) {
    if (subcommands instanceof LazyCommands lazy) {
      return lazy.named(word);
    }
    return subcommands.stream()
        .filter(command -> command.name.equals(word) || command.aliases.contains(word))
        .findFirst();
  }
}
