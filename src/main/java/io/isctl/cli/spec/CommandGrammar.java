package io.isctl.cli.spec;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command of the model as a grammar: its subcommands, options and positional parameters, as
 * picocli's spec of it would report them. What Tab completion reads: from the bundled model it
 * needs no picocli class and decodes only the commands a line names.
 */
public final class CommandGrammar {
  private final CommandModel model;
  private List<Param> options;

  CommandGrammar(CommandModel model) {
    this.model = model;
  }

  /** The root of the bundled model; empty where classes were compiled without it. */
  public static Optional<CommandGrammar> bundled() {
    return BundledModel.root().map(CommandGrammar::new);
  }

  /**
   * Whether the build bundled the model (it does, except an IDE's own build), found without
   * decoding it.
   */
  public static boolean isBundled() {
    return BundledModel.isPresent();
  }

  /** The subcommand called {@code word} by its name or an alias. */
  public Optional<CommandGrammar> subcommand(String word) {
    return model.subcommand(word).map(CommandGrammar::new);
  }

  /** The names and aliases of the subcommands that are not hidden. */
  public List<String> visibleSubcommandNames() {
    return model.visibleSubcommandNames();
  }

  /** Every option, the mixins' (global options, help) included, in no particular order. */
  public List<Param> options() {
    if (options == null) {
      List<Param> all = new ArrayList<>();
      for (MixinModel mixin : model.mixins()) {
        for (ArgModel arg : mixin.args()) {
          all.add(new Param(arg));
        }
      }
      for (ArgModel arg : model.args()) {
        if (arg.isOption()) {
          all.add(new Param(arg));
        }
      }
      options = all;
    }
    return options;
  }

  /** The option one of whose names is {@code name}, as picocli's {@code findOption} finds it. */
  public Optional<Param> option(String name) {
    for (Param option : options()) {
      for (String prefixed : option.arg.names()) {
        if (prefixed.equals(name) || stripPrefix(prefixed).equals(name)) {
          return Optional.of(option);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first positional parameter that is not hidden and whose index range holds {@code index}.
   */
  public Optional<Param> positional(int index) {
    for (ArgModel arg : model.args()) {
      if (!arg.isOption() && !arg.hidden()) {
        int[] range = range(arg.index());
        if (range[0] <= index && index <= range[1]) {
          return Optional.of(new Param(arg));
        }
      }
    }
    return Optional.empty();
  }

  private static String stripPrefix(String prefixed) {
    for (int i = 0; i < prefixed.length(); i++) {
      if (Character.isJavaIdentifierPart(prefixed.charAt(i))) {
        return prefixed.substring(i);
      }
    }
    return prefixed;
  }

  /**
   * picocli's reading of a range ({@code Range.valueOf}): {@code N}, {@code N..M}, {@code N..*}.
   */
  static int[] range(String text) {
    String range = text.trim();
    int dots = range.indexOf("..");
    if (dots >= 0) {
      return new int[] {
        number(range.substring(0, dots), 0), number(range.substring(dots + 2), Integer.MAX_VALUE)
      };
    }
    int max = number(range, Integer.MAX_VALUE);
    boolean variable = !range.contains("+") && max == Integer.MAX_VALUE;
    return new int[] {variable ? 0 : max, max};
  }

  private static int number(String text, int otherwise) {
    int plus = text.indexOf('+');
    try {
      return Integer.parseInt(plus < 0 ? text : text.substring(0, plus));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** An option or positional parameter. */
  public static final class Param {
    private final ArgModel arg;

    Param(ArgModel arg) {
      this.arg = arg;
    }

    public List<String> names() {
      return arg.names();
    }

    /** The longest name; the first of the longest, as picocli sorts them. */
    public String longestName() {
      String longest = arg.names().get(0);
      for (String name : arg.names()) {
        if (name.length() > longest.length()) {
          longest = name;
        }
      }
      return longest;
    }

    public int minArity() {
      return range(arg.arity())[0];
    }

    public int maxArity() {
      return range(arg.arity())[1];
    }

    public String paramLabel() {
      return arg.paramLabel();
    }

    public boolean hidden() {
      return arg.hidden();
    }

    /** The class name of one value: a collection's element type, else the field's type. */
    public String valueType() {
      return arg.auxiliaryTypes().isEmpty() ? arg.type() : arg.auxiliaryTypes().get(0);
    }

    /**
     * What picocli offers for it: an object of the {@code completionCandidates} class, else an enum
     * type's constants, else null.
     */
    public Iterable<String> completionCandidates() {
      if (arg.completionCandidates() != null) {
        return newCandidates(arg.completionCandidates());
      }
      Class<?> type = Types.named(valueType());
      if (!type.isEnum()) {
        return null;
      }
      List<String> constants = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        constants.add(constant.toString());
      }
      return List.copyOf(constants);
    }

    @SuppressWarnings("unchecked")
    private static Iterable<String> newCandidates(String type) {
      try {
        Constructor<?> constructor = Types.named(type).getDeclaredConstructor();
        constructor.setAccessible(true);
        return (Iterable<String>) constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + type + ": " + e, e);
      }
    }
  }
}
