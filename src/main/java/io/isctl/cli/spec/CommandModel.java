package io.isctl.cli.spec;

import java.util.ArrayList;
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

  /** Whether the usage hides the command ({@code @Command(hidden = true)}). */
  boolean hidden() {
    return usage.stream()
        .anyMatch(
            attribute ->
                attribute.name().equals("hidden") && Boolean.parseBoolean(attribute.value()));
  }

  /**
   * The names and aliases of the subcommands that are not hidden; read from the model, none is
   * decoded.
   */
  List<String> visibleSubcommandNames() {
    if (subcommands instanceof LazyCommands lazy) {
      return lazy.visibleNames();
    }
    List<String> names = new ArrayList<>();
    for (CommandModel command : subcommands) {
      if (!command.hidden()) {
        names.add(command.name);
        names.addAll(command.aliases);
      }
    }
    return names;
  }

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
