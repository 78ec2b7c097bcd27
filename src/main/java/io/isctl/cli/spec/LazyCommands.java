package io.isctl.cli.spec;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command's subcommands as read from the model: names at once, each one's model when first asked
 * for.
 */
final class LazyCommands extends AbstractList<CommandModel> {
  /** A subcommand's names, whether its usage hides it, and its encoded model. */
  record Entry(String name, List<String> aliases, boolean hidden, byte[] block) {}

  private final List<Entry> entries;
  private final CommandModel[] decoded;

  LazyCommands(List<Entry> entries) {
    this.entries = entries;
    this.decoded = new CommandModel[entries.size()];
  }

  @Override
  public CommandModel get(int index) {
    if (decoded[index] == null) {
      decoded[index] = CommandModelCodec.readBlock(entries.get(index).block());
    }
    return decoded[index];
  }

  @Override
  public int size() {
    return entries.size();
  }

  /** The names of the subcommands decoded so far, in the model's order. */
  List<String> decodedNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (decoded[i] != null) {
        names.add(entries.get(i).name());
      }
    }
    return names;
  }

  /** The names and aliases of the subcommands that are not hidden, without decoding any. */
  List<String> visibleNames() {
    List<String> names = new ArrayList<>();
    for (Entry entry : entries) {
      if (!entry.hidden()) {
        names.add(entry.name());
        names.addAll(entry.aliases());
      }
    }
    return names;
  }

  /** The subcommand called {@code word} by its name or an alias, decoding only that one. */
  Optional<CommandModel> named(String word) {
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.name().equals(word) || entry.aliases().contains(word)) {
        return Optional.of(get(i));
      }
    }
    return Optional.empty();
  }
}
