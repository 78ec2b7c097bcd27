package io.isctl.cli;

import io.isctl.base.OneLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a command line picocli could not parse prints, in kubectl's words: {@code unknown command
 * "x" for "isctl"} with cobra's "Did you mean this?" block, {@code unknown flag: --x}, {@code
 * unknown shorthand flag: 'x' in -x}; anything else as picocli says it. The first line is the one
 * {@code error:} line; only a suggestion adds lines, as kubectl's does.
 */
final class UsageErrors {
  /** cobra's SuggestionsMinimumDistance. */
  private static final int MAX_DISTANCE = 2;

  private UsageErrors() {}

  /**
   * A converter's message that says everything, in kubectl's words, without picocli's {@code
   * Invalid value for option '--x':} before it.
   */
  static final class WholeMessage extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    WholeMessage(String message) {
      super(message);
    }
  }

  static String message(ParameterException e) {
    CommandLine commandLine = e.getCommandLine();
    CommandSpec spec = commandLine.getCommandSpec();
    String hint = " (see '" + spec.qualifiedName() + " --help')";
    if (e.getCause() instanceof WholeMessage whole) {
      return "error: " + OneLine.of(whole.getMessage()) + hint;
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (first.startsWith("--")) {
        int equals = first.indexOf('=');
        return "error: unknown flag: " + (equals < 0 ? first : first.substring(0, equals)) + hint;
      }
      if (first.startsWith("-") && first.length() > 1) {
        return "error: unknown shorthand flag: '" + first.charAt(1) + "' in " + first + hint;
      }
      if (!spec.subcommands().isEmpty()) {
        return unknownCommand(spec, first);
      }
    }
    return "error: " + OneLine.of(e.getMessage()) + hint;
  }

  /** cobra's text for a word that names no subcommand of {@code parent}. */
  static String unknownCommand(CommandSpec parent, String typed) {
    StringBuilder text =
        new StringBuilder("error: unknown command \"")
            .append(OneLine.of(typed))
            .append("\" for \"")
            .append(parent.qualifiedName())
            .append('"');
    List<String> suggestions = suggestions(parent, typed);
    if (suggestions.isEmpty()) {
      return text.append(" (see '").append(parent.qualifiedName()).append(" --help')").toString();
    }
    text.append("\n\nDid you mean this?");
    suggestions.forEach(s -> text.append("\n\t").append(s));
    return text.toString();
  }

  /**
   * cobra's SuggestionsFor: visible commands within two edits of the word, or that start with it,
   * ignoring case; in name order, as cobra sorts its commands.
   */
  static List<String> suggestions(CommandSpec parent, String typed) {
    String word = typed.toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    parent
        .subcommands()
        .forEach(
            (name, sub) -> {
              boolean visible = !sub.getCommandSpec().usageMessage().hidden();
              String candidate = name.toLowerCase(Locale.ROOT);
              if (visible
                  && !names.contains(name)
                  && (distance(word, candidate) <= MAX_DISTANCE
                      || (!word.isEmpty() && candidate.startsWith(word)))) {
                names.add(name);
              }
            });
    names.sort(null);
    return names;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
