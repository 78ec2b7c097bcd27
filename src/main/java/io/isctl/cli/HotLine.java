package io.isctl.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line the {@link FrontDoor} runs, read as picocli reads it: {@code version [-o FORMAT]},
 * {@code resolve NAME[:TAG]|NAME@ID} with the global options and {@code --via}, {@code --explain},
 * {@code -o json}, and the completion scripts' {@code __complete -- WORD...}. {@link #read} gives
 * null for every other line, and for any word it is not sure picocli would read the same way (help,
 * an unknown or repeated option, a value that starts with {@code -} or names the command, an
 * {@code @file}, {@code --loglevel} of 6 and above, whose stack traces name picocli's frames):
 * picocli then reads the line and says what is wrong in its words.
 *
 * @param globals the global options typed after the command's name, then before it (the first that
 *     has a value gives it, as in {@link Session#of})
 * @param output {@code version}'s {@code -o}, or null
 * @param words {@code __complete}'s words
 */
record HotLine(
    Command command,
    List<GlobalOptions> globals,
    String target,
    String via,
    boolean explain,
    boolean json,
    String output,
    List<String> words) {

  /** The commands the front door runs. */
  enum Command {
    VERSION,
    RESOLVE,
    COMPLETE
  }

  /** Stack traces (--loglevel 6 and above) name the frames of the path taken: picocli's. */
  private static final int FIRST_VERBOSE_LOGLEVEL = 6;

  /** The line {@code args} makes, or null when the front door declines it. */
  static HotLine read(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("@") && !arg.equals("@")) {
        return null; // picocli reads the words of an @file in its place
      }
    }
    Words words = new Words(args);
    GlobalOptions root = new GlobalOptions();
    Seen seen = new Seen();
    while (words.more() && words.peek().startsWith("-")) {
      if (!global(words, root, seen)) {
        return null;
      }
    }
    if (!words.more() || seen.values.contains(words.peek())) {
      // No command; or a value that names it, which picocli takes for the command, not a value.
      return null;
    }
    return switch (words.next()) {
      case "version" -> version(words, root);
      case "resolve" -> resolve(words, root);
      case CompleteCommand.NAME -> seen.names.isEmpty() ? complete(words) : null;
      default -> null;
    };
  }

  private static HotLine version(Words words, GlobalOptions root) {
    String output = null;
    Seen seen = new Seen();
    while (words.more()) {
      Option option = Option.at(words);
      if (option == null || !option.isOutput() || !seen.first(option.name, option.value)) {
        return null;
      }
      output = option.value;
    }
    return new HotLine(Command.VERSION, List.of(root), null, null, false, false, output, null);
  }

  private static HotLine resolve(Words words, GlobalOptions root) {
    GlobalOptions own = new GlobalOptions();
    Seen seen = new Seen();
    String target = null;
    String via = ResolveCommand.DEFAULT_VIA;
    boolean explain = false;
    boolean json = false;
    while (words.more()) {
      String word = words.peek();
      if (!word.startsWith("-")) {
        if (target != null) {
          return null; // picocli: one target only
        }
        target = words.next();
      } else if (word.equals("--explain")) {
        if (!seen.first(words.next(), null)) {
          return null;
        }
        explain = true;
      } else if (word.equals("--via") || word.startsWith("--via=")) {
        Option option = Option.at(words);
        if (option == null || !seen.first("--via", option.value)) {
          return null;
        }
        via = option.value;
      } else if (isOutput(word)) {
        Option option = Option.at(words);
        // Other formats: picocli's converter and the command's refusal say what is wrong.
        if (option == null || !option.value.equals("json") || !seen.first("-o", option.value)) {
          return null;
        }
        json = true;
      } else if (!global(words, own, seen)) {
        return null;
      }
    }
    if (target == null) {
      return null;
    }
    return new HotLine(Command.RESOLVE, List.of(own, root), target, via, explain, json, null, null);
  }

  private static HotLine complete(Words words) {
    if (!words.more() || !words.next().equals("--")) {
      return null;
    }
    List<String> rest = new ArrayList<>();
    while (words.more()) {
      rest.add(words.next());
    }
    return new HotLine(Command.COMPLETE, List.of(), null, null, false, false, null, rest);
  }

  /**
   * Reads the global option at the current word into {@code options}; false when the word is not
   * one, or not as the front door takes it.
   */
  private static boolean global(Words words, GlobalOptions options, Seen seen) {
    String word = words.peek();
    if (word.equals("--offline")) {
      // --offline=false and the like: picocli reads an attached value; the door takes none.
      if (!seen.first(words.next(), null)) {
        return false;
      }
      options.offline = true;
      return true;
    }
    Option option = Option.at(words);
    if (option == null || !seen.first(option.name, option.value)) {
      return false;
    }
    // A value picocli could not convert: its message says so.
    switch (option.name) {
      case "--store" -> options.store = path(option.value);
      case "-n", "--namespace" -> options.namespace = option.value;
      case "--registry-config" -> options.registryConfig = path(option.value);
      case "--authfile" -> options.authfile = path(option.value);
      case "--loglevel" -> options.loglevel = loglevel(option.value);
      default -> {
        return false;
      }
    }
    return switch (option.name) {
      case "--store" -> options.store != null;
      case "--registry-config" -> options.registryConfig != null;
      case "--authfile" -> options.authfile != null;
      case "--loglevel" -> options.loglevel != null;
      default -> true;
    };
  }

  /** As picocli converts a {@code Path}; null when it would fail. */
  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * Plain digits below the first verbose level, as {@code Integer.valueOf} reads them; null for
   * anything else.
   */
  private static Integer loglevel(String value) {
    if (value.isEmpty() || value.length() > 3) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return null;
      }
    }
    int level = Integer.parseInt(value);
    return level < FIRST_VERBOSE_LOGLEVEL ? level : null;
  }

  private static boolean isOutput(String word) {
    return word.equals("-o")
        || word.equals("--output")
        || word.startsWith("-o=")
        || word.startsWith("--output=");
  }

  /** The words of the line, read in order. */
  private static final class Words {
    private final String[] args;
    private int next;

    Words(String[] args) {
      this.args = args;
    }

    boolean more() {
      return next < args.length;
    }

    String peek() {
      return args[next];
    }

    String next() {
      return args[next++];
    }
  }

  /** The options typed for one command, and their values: picocli takes each once only. */
  private static final class Seen {
    final List<String> names = new ArrayList<>();
    final List<String> values = new ArrayList<>();

    /** False when the option was typed before (under any of its names). */
    boolean first(String name, String value) {
      String key = name.equals("--namespace") ? "-n" : name.equals("--output") ? "-o" : name;
      if (names.contains(key)) {
        return false;
      }
      names.add(key);
      if (value != null) {
        values.add(value);
      }
      return true;
    }
  }

  /**
   * An option that takes a value, as {@code --name VALUE}, {@code --name=VALUE} or {@code -n
   * VALUE}; null from {@link #at} when the word is none, or its value is missing or starts with
   * {@code -} (picocli would take that for an option).
   */
  private record Option(String name, String value) {
    static Option at(Words words) {
      String word = words.next();
      if (!word.startsWith("-")) {
        return null;
      }
      int equals = word.indexOf('=');
      String name = equals < 0 ? word : word.substring(0, equals);
      if (!takesValue(name)) {
        return null;
      }
      String value;
      if (equals >= 0) {
        value = word.substring(equals + 1);
      } else if (words.more()) {
        value = words.next();
      } else {
        return null;
      }
      return value.startsWith("-") ? null : new Option(name, value);
    }

    private static boolean takesValue(String name) {
      return switch (name) {
        case "--store",
            "-n",
            "--namespace",
            "--registry-config",
            "--authfile",
            "--loglevel",
            "--via",
            "-o",
            "--output" ->
            true;
        default -> false;
      };
    }

    boolean isOutput() {
      return name.equals("-o") || name.equals("--output");
    }
  }
}
