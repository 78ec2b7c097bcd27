package io.isctl.cli.spec;

import java.util.List;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * Builds a command's picocli spec from its model, bound to the fields of the command and mixin
 * objects.
 */
final class SpecAssembler {
  private final IFactory factory;

  SpecAssembler(IFactory factory) {
    this.factory = factory;
  }

  IFactory factory() {
    return factory;
  }

  /**
   * The spec of {@code model} (without its subcommands) for {@code command}, a new object of its
   * class.
   */
  CommandSpec assemble(CommandModel model, Object command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, factory);
    spec.name(model.name());
    spec.aliases(model.aliases().toArray(String[]::new));
    if (model.versionProvider() != null) {
      spec.versionProvider((IVersionProvider) create(model.versionProvider()));
    }
    for (UsageAttribute attribute : model.usage()) {
      UsageAttributes.apply(attribute, spec.usageMessage());
    }
    List<ArgModel> args = model.args();
    int added = 0;
    for (MixinModel mixin : model.mixins()) {
      for (; added < mixin.position(); added++) {
        add(spec, args.get(added), command);
      }
      spec.addMixin(mixin.name(), mixin(mixin, command));
    }
    for (; added < args.size(); added++) {
      add(spec, args.get(added), command);
    }
    for (String name : model.specFields()) {
      new FieldAccess(command, FieldAccess.field(command, name)).set(spec);
    }
    return spec;
  }

  /**
   * Creates an object of the class the model names: a command, mixin, converter or candidates list.
   */
  Object create(String type) {
    try {
      return factory.create(Types.named(type));
    } catch (Exception e) {
      throw new InitializationException("cannot create " + type + ": " + e, e);
    }
  }

  private CommandSpec mixin(MixinModel model, Object command) {
    if (model.type() == null) {
      CommandSpec help = CommandSpec.create();
      model.args().forEach(arg -> add(help, arg, null));
      return help;
    }
    Object mixin = create(model.type());
    new FieldAccess(command, FieldAccess.field(command, model.name())).set(mixin);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(mixin, factory);
    model.args().forEach(arg -> add(spec, arg, mixin));
    return spec;
  }

  private void add(CommandSpec spec, ArgModel arg, Object owner) {
    if (arg.isOption()) {
      spec.addOption(option(arg, owner));
    } else {
      spec.addPositional(positional(arg, owner));
    }
  }

  // picocli's common builder type is not public, so options and positional parameters are built
  // apart.
  private OptionSpec option(ArgModel arg, Object owner) {
    OptionSpec.Builder builder =
        OptionSpec.builder(arg.names().toArray(String[]::new))
            .usageHelp(arg.usageHelp())
            .versionHelp(arg.versionHelp())
            .order(arg.order())
            .description(arg.description().toArray(String[]::new))
            .descriptionKey(arg.descriptionKey())
            .paramLabel(arg.paramLabel())
            .hideParamSyntax(arg.hideParamSyntax())
            .arity(arity(arg))
            .type(Types.named(arg.type()))
            .auxiliaryTypes(Types.named(arg.auxiliaryTypes()))
            .converters(converters(arg))
            .completionCandidates(candidates(arg))
            .defaultValue(arg.defaultValue())
            .splitRegex(arg.splitRegex())
            .splitRegexSynopsisLabel(arg.splitRegexSynopsisLabel())
            .showDefaultValue(Visibility.valueOf(arg.showDefaultValue()))
            .hidden(arg.hidden())
            .required(arg.required());
    builder.mapFallbackValue(arg.mapFallbackValue());
    if (arg.preprocessor() != null) {
      builder.preprocessor(preprocessor(arg));
    }
    if (arg.fallbackValue() != null) {
      builder.fallbackValue(arg.fallbackValue());
    }
    if (owner != null) {
      FieldAccess access = new FieldAccess(owner, FieldAccess.field(owner, arg.field()));
      builder.getter(access).setter(access).initialValue(access.get());
    } else {
      // picocli's help options are primitive fields of its own mixin: they start at false.
      builder.initialValue(Types.zero(Types.named(arg.type())));
    }
    return builder.build();
  }

  private PositionalParamSpec positional(ArgModel arg, Object owner) {
    PositionalParamSpec.Builder builder =
        PositionalParamSpec.builder()
            .index(arg.index())
            .description(arg.description().toArray(String[]::new))
            .descriptionKey(arg.descriptionKey())
            .paramLabel(arg.paramLabel())
            .hideParamSyntax(arg.hideParamSyntax())
            .arity(arity(arg))
            .type(Types.named(arg.type()))
            .auxiliaryTypes(Types.named(arg.auxiliaryTypes()))
            .converters(converters(arg))
            .completionCandidates(candidates(arg))
            .defaultValue(arg.defaultValue())
            .splitRegex(arg.splitRegex())
            .splitRegexSynopsisLabel(arg.splitRegexSynopsisLabel())
            .showDefaultValue(Visibility.valueOf(arg.showDefaultValue()))
            .hidden(arg.hidden())
            .required(arg.required());
    builder.mapFallbackValue(arg.mapFallbackValue());
    if (arg.preprocessor() != null) {
      builder.preprocessor(preprocessor(arg));
    }
    FieldAccess access = new FieldAccess(owner, FieldAccess.field(owner, arg.field()));
    return builder.getter(access).setter(access).initialValue(access.get()).build();
  }

  private static Range arity(ArgModel arg) {
    return Range.valueOf(arg.arity()).unspecified(arg.arityUnspecified());
  }

  private ITypeConverter<?>[] converters(ArgModel arg) {
    return arg.converters().stream()
        .map(type -> (ITypeConverter<?>) create(type))
        .toArray(ITypeConverter<?>[]::new);
  }

  /** The arg's own preprocessor; without one, the builder keeps picocli's, which does nothing. */
  private IParameterPreprocessor preprocessor(ArgModel arg) {
    return (IParameterPreprocessor) create(arg.preprocessor());
  }

  @SuppressWarnings("unchecked")
  private Iterable<String> candidates(ArgModel arg) {
    return arg.completionCandidates() == null
        ? null
        : (Iterable<String>) create(arg.completionCandidates());
  }
}
