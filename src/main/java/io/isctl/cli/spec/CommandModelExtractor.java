package io.isctl.cli.spec;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Reads the model of a command tree that picocli built from annotations (at build time, where
 * reflection costs nothing the user feels). Anything the model cannot carry fails here, so that the
 * file never silently differs from the annotations.
 */
final class CommandModelExtractor {
  /** picocli's name for the mixin that {@code mixinStandardHelpOptions = true} adds. */
  static final String STANDARD_HELP = "mixinStandardHelpOptions";

  /** {@code @Command} attributes read elsewhere, or whose defaults are all isctl uses. */
  private static final List<String> HANDLED =
      List.of(
          "name",
          "aliases",
          "subcommands",
          "mixinStandardHelpOptions",
          "versionProvider",
          "addMethodSubcommands");

  /** picocli's marker for "no completionCandidates" (its class is private). */
  private static final Object NO_CANDIDATES = defaultOf(Option.class, "completionCandidates");

  /** picocli's marker for "no preprocessor" (its class is private too). */
  private static final Object NO_PREPROCESSOR = defaultOf(Option.class, "preprocessor");

  private CommandModelExtractor() {}

  private static Object defaultOf(Class<?> annotation, String attribute) {
    try {
      return annotation.getMethod(attribute).getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  static CommandModel extract(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    Class<?> type = spec.userObject().getClass();
    Command command = type.getAnnotation(Command.class);
    if (command == null) {
      throw new IllegalStateException(type.getName() + " has no @Command");
    }
    checkAttributes(type, command);

    Map<ArgSpec, String> mixedIn = new IdentityHashMap<>();
    spec.mixins().forEach((name, mixin) -> mixin.args().forEach(arg -> mixedIn.put(arg, name)));
    List<ArgModel> args = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    for (ArgSpec arg : spec.args()) {
      String mixin = mixedIn.get(arg);
      if (mixin == null) {
        args.add(arg(type, arg));
      } else {
        positions.putIfAbsent(mixin, args.size());
      }
    }
    List<MixinModel> mixins = new ArrayList<>();
    for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
      mixins.add(
          mixin(
              type,
              mixin.getKey(),
              positions.getOrDefault(mixin.getKey(), args.size()),
              mixin.getValue()));
    }
    List<CommandModel> subcommands = new ArrayList<>();
    for (CommandLine subcommand : new LinkedHashSet<>(spec.subcommands().values())) {
      subcommands.add(extract(subcommand));
    }
    String versionProvider =
        command.versionProvider() == UsageAttributes.defaultOf("versionProvider")
            ? null
            : command.versionProvider().getName();
    return new CommandModel(
        type.getName(),
        spec.name(),
        Arrays.asList(spec.aliases()),
        versionProvider,
        UsageAttributes.of(command),
        specFields(type),
        mixins,
        args,
        subcommands);
  }

  private static void checkAttributes(Class<?> type, Command command) {
    for (var method : Command.class.getDeclaredMethods()) {
      String name = method.getName();
      if (HANDLED.contains(name) || UsageAttributes.CARRIED.contains(name)) {
        continue;
      }
      if (!Objects.deepEquals(UsageAttributes.valueOf(command, name), method.getDefaultValue())) {
        throw unsupported(type, "@Command(" + name + ")");
      }
    }
  }

  private static MixinModel mixin(Class<?> owner, String name, int position, CommandSpec mixin) {
    if (name.equals(STANDARD_HELP)) {
      List<ArgModel> args = new ArrayList<>();
      for (ArgSpec arg : mixin.args()) {
        args.add(arg(null, arg));
      }
      return new MixinModel(name, null, position, args);
    }
    Class<?> type = mixin.userObject().getClass();
    Field field = declaredField(owner, name);
    if (field == null
        || !field.isAnnotationPresent(Mixin.class)
        || !field.getAnnotation(Mixin.class).name().isEmpty()) {
      throw unsupported(owner, "a mixin named " + name + " that is not a plain @Mixin field");
    }
    if (!specFields(type).isEmpty()
        || !mixin.mixins().isEmpty()
        || !mixin.subcommands().isEmpty()) {
      throw unsupported(type, "a mixin with @Spec fields, mixins or subcommands");
    }
    List<ArgModel> args = new ArrayList<>();
    for (ArgSpec arg : mixin.args()) {
      args.add(arg(type, arg));
    }
    return new MixinModel(name, type.getName(), position, args);
  }

  /**
   * An arg of {@code owner}'s, or (owner null) of picocli's own help mixin, which binds to nothing
   * of ours.
   */
  @SuppressWarnings(
      "deprecation") // OptionSpec.help(), refused like the other attributes the model lacks
  private static ArgModel arg(Class<?> owner, ArgSpec arg) {
    String field = null;
    String candidates = null;
    String preprocessor = null;
    List<String> converters = new ArrayList<>();
    if (owner != null) {
      if (!(arg.userObject() instanceof Field member) || member.getDeclaringClass() != owner) {
        throw unsupported(owner, "an option or parameter that is not a field of its own: " + arg);
      }
      field = member.getName();
      Class<?> candidateType;
      Class<?> preprocessorType;
      Class<? extends ITypeConverter<?>>[] converterTypes;
      if (arg.isOption()) {
        Option option = member.getAnnotation(Option.class);
        candidateType = option.completionCandidates();
        preprocessorType = option.preprocessor();
        converterTypes = option.converter();
      } else {
        Parameters parameters = member.getAnnotation(Parameters.class);
        candidateType = parameters.completionCandidates();
        preprocessorType = parameters.preprocessor();
        converterTypes = parameters.converter();
      }
      candidates = candidateType == NO_CANDIDATES ? null : candidateType.getName();
      preprocessor = preprocessorType == NO_PREPROCESSOR ? null : preprocessorType.getName();
      for (Class<?> converter : converterTypes) {
        converters.add(converter.getName());
      }
    }
    if (arg.parameterConsumer() != null
        || arg.interactive()
        || arg.inherited()
        || arg.scopeType() != ScopeType.LOCAL
        || (arg instanceof OptionSpec option && (option.negatable() || option.help()))) {
      throw unsupported(
          owner,
          "an option or parameter with a consumer, interactive, inherited, negatable or help: "
              + arg);
    }
    Raw raw = Raw.of(arg);
    Range arity = arg.arity();
    List<String> names =
        arg instanceof OptionSpec option ? Arrays.asList(option.names()) : List.of();
    String index = arg instanceof PositionalParamSpec positional ? range(positional.index()) : null;
    return new ArgModel(
        field,
        names,
        index,
        Arrays.asList(raw.description()),
        raw.descriptionKey(),
        raw.paramLabel(),
        arg.hideParamSyntax(),
        range(arity),
        arity.isUnspecified(),
        arg.type().getName(),
        typeNames(arg.auxiliaryTypes()),
        converters,
        preprocessor,
        candidates,
        raw.defaultValue(),
        raw.fallbackValue(),
        raw.mapFallbackValue(),
        raw.splitRegex(),
        raw.splitRegexSynopsisLabel(),
        arg.showDefaultValue().name(),
        arg.hidden(),
        arg.required(),
        arg instanceof OptionSpec option && option.usageHelp(),
        arg instanceof OptionSpec option && option.versionHelp(),
        arg instanceof OptionSpec option ? option.order() : -1);
  }

  /**
   * An arg's strings as written: picocli's getters resolve ${...} variables, and the run resolves
   * them again.
   */
  private record Raw(
      String[] description,
      String descriptionKey,
      String paramLabel,
      String defaultValue,
      String fallbackValue,
      String mapFallbackValue,
      String splitRegex,
      String splitRegexSynopsisLabel) {

    static Raw of(ArgSpec arg) {
      if (arg instanceof OptionSpec option) {
        OptionSpec.Builder raw = option.toBuilder();
        return new Raw(
            raw.description(),
            raw.descriptionKey(),
            raw.paramLabel(),
            raw.defaultValue(),
            raw.fallbackValue(),
            raw.mapFallbackValue(),
            raw.splitRegex(),
            raw.splitRegexSynopsisLabel());
      }
      PositionalParamSpec.Builder raw = ((PositionalParamSpec) arg).toBuilder();
      return new Raw(
          raw.description(),
          raw.descriptionKey(),
          raw.paramLabel(),
          raw.defaultValue(),
          null,
          raw.mapFallbackValue(),
          raw.splitRegex(),
          raw.splitRegexSynopsisLabel());
    }
  }

  private static String range(Range range) {
    return range.originalValue() != null ? range.originalValue() : range.toString();
  }

  private static List<String> typeNames(Class<?>[] types) {
    List<String> names = new ArrayList<>();
    for (Class<?> type : types) {
      names.add(type.getName());
    }
    return names;
  }

  private static List<String> specFields(Class<?> type) {
    List<String> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      Spec spec = field.getAnnotation(Spec.class);
      if (spec != null) {
        if (spec.value() != Spec.Target.SELF) {
          throw unsupported(type, "@Spec(" + spec.value() + ")");
        }
        fields.add(field.getName());
      }
    }
    return fields;
  }

  private static Field declaredField(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static IllegalStateException unsupported(Class<?> type, String what) {
    return new IllegalStateException(
        (type == null ? "picocli's help mixin" : type.getName())
            + " uses "
            + what
            + ", which the command model does not carry: extend io.isctl.cli.spec or use annotations only");
  }
}
