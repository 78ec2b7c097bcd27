package io.isctl.cli.spec;

import java.util.List;

/**
 * One command of the tree as its annotations describe it.
 *
 * @param type the command's class
 * @param usage the {@code @Command} usage attributes that differ from picocli's defaults, by attribute name
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

  /** Whether {@code word} names this command. */
  boolean isNamed(String word) {
    return name.equals(word) || aliases.contains(word);
  }
}
