package io.isctl.cli.complete;

import io.isctl.cli.spec.CommandGrammar;
import io.isctl.cli.spec.CommandGrammar.Param;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words typed before the one being completed, read against the grammar as picocli would parse
 * them: the command they reach, its positional arguments, the option values typed, and an option
 * still waiting for its value. Unlike picocli it never fails: a half-typed line is the normal case.
 */
record Line(
    CommandGrammar command,
    List<String> positionals,
    Map<String, String> values,
    Param pendingOption,
    boolean endOfOptions) {

  static Line read(CommandGrammar root, List<String> words) {
    CommandGrammar command = root;
    List<String> positionals = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    Param pending = null;
    boolean endOfOptions = false;
    for (String word : words) {
      if (pending != null) {
        values.put(pending.longestName(), word);
        pending = null;
      } else if (!endOfOptions && word.equals("--")) {
        endOfOptions = true;
      } else if (!endOfOptions && word.startsWith("-") && word.length() > 1) {
        int equals = word.indexOf('=');
        Param option = command.option(equals < 0 ? word : word.substring(0, equals)).orElse(null);
        if (option != null && equals >= 0) {
          values.put(option.longestName(), word.substring(equals + 1));
        } else if (option != null && option.minArity() > 0) {
          pending = option;
        }
      } else {
        Optional<CommandGrammar> subcommand =
            positionals.isEmpty() ? command.subcommand(word) : Optional.empty();
        if (subcommand.isPresent()) {
          command = subcommand.get();
        } else {
          positionals.add(word);
        }
      }
    }
    return new Line(command, positionals, values, pending, endOfOptions);
  }

  /** The value last typed for the option whose longest name is {@code name}, or null. */
  String typed(String name) {
    return values.get(name);
  }
}
