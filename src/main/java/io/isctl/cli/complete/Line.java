package io.isctl.cli.complete;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The words typed before the one being completed, read against the model as picocli would parse
 * them: the command they reach, its positional arguments, the option values typed, and an option
 * still waiting for its value. Unlike picocli it never fails: a half-typed line is the normal case.
 */
record Line(
    CommandSpec command,
    List<String> positionals,
    Map<String, String> values,
    OptionSpec pendingOption,
    boolean endOfOptions) {

  static Line read(CommandSpec root, List<String> words) {
    CommandSpec command = root;
    List<String> positionals = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    OptionSpec pending = null;
    boolean endOfOptions = false;
    for (String word : words) {
      if (pending != null) {
        values.put(pending.longestName(), word);
        pending = null;
      } else if (!endOfOptions && word.equals("--")) {
        endOfOptions = true;
      } else if (!endOfOptions && word.startsWith("-") && word.length() > 1) {
        int equals = word.indexOf('=');
        OptionSpec option = command.findOption(equals < 0 ? word : word.substring(0, equals));
        if (option != null && equals >= 0) {
          values.put(option.longestName(), word.substring(equals + 1));
        } else if (option != null && option.arity().min() > 0) {
          pending = option;
        }
      } else if (positionals.isEmpty() && command.subcommands().containsKey(word)) {
        command = command.subcommands().get(word).getCommandSpec();
      } else {
        positionals.add(word);
      }
    }
    return new Line(command, positionals, values, pending, endOfOptions);
  }

  /** The value last typed for the option whose longest name is {@code name}, or null. */
  String typed(String name) {
    return values.get(name);
  }
}
