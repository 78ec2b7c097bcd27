package io.isctl.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.cli.Cli;
import io.isctl.cli.RootCommand;
import io.isctl.cli.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;

/** The command tree built from the model file is the tree picocli builds from the annotations. */
class CommandModelTest {
  private static final CommandLine.IFactory FACTORY = Cli.factory(Session.Environment.system());

  private static CommandLine annotated() {
    return new CommandLine(RootCommand.class, FACTORY);
  }

  private static CommandLine fromModel() {
    return CommandModels.bundled().orElseThrow().full(FACTORY);
  }

  static Stream<String> commands() {
    List<String> paths = new ArrayList<>();
    collect(annotated(), "", paths);
    return paths.stream();
  }

  private static void collect(CommandLine cli, String path, List<String> paths) {
    paths.add(path);
    for (CommandLine sub : new LinkedHashSet<>(cli.getSubcommands().values())) {
      collect(sub, (path + " " + sub.getCommandName()).strip(), paths);
    }
  }

  private static CommandLine find(CommandLine root, String path) {
    CommandLine cli = root;
    for (String word : path.isEmpty() ? new String[0] : path.split(" ")) {
      cli = cli.getSubcommands().get(word);
      assertThat(cli).as("command %s", path).isNotNull();
    }
    return cli;
  }

  @Test
  void theBundledModelIsTheModelOfTodaysAnnotations() {
    assertThat(CommandModels.bundledModel())
        .as("CommandModelData, written at process-classes")
        .contains(CommandModelGenerator.model());
  }

  @Test
  void theGeneratedSourceHoldsEveryByteOfTheModel() throws IOException {
    // Control characters and bytes above 127 must survive javac: octal escapes, never unicode ones.
    String source = CommandModelGenerator.javaSource(CommandModelGenerator.model());
    assertThat(source).doesNotContain("\\u");
    assertThat(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).isTrue();
  }

  @Test
  void theFileFormatRoundTrips() throws IOException {
    CommandModel model = CommandModelGenerator.model();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CommandModelCodec.write(model, bytes);
    assertThat(CommandModelCodec.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(model);
  }

  @ParameterizedTest(name = "isctl {0}")
  @MethodSource("commands")
  void eachCommandHasTheSameHelp(String path) {
    assertThat(usage(find(fromModel(), path))).isEqualTo(usage(find(annotated(), path)));
  }

  @ParameterizedTest(name = "isctl {0}")
  @MethodSource("commands")
  void eachCommandHasTheSameOptionsAndParameters(String path) {
    CommandSpec expected = find(annotated(), path).getCommandSpec();
    CommandSpec actual = find(fromModel(), path).getCommandSpec();
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.aliases()).containsExactly(expected.aliases());
    assertThat(actual.subcommands().keySet())
        .containsExactlyElementsOf(expected.subcommands().keySet());
    assertThat(actual.mixins().keySet()).containsExactlyElementsOf(expected.mixins().keySet());
    assertThat(actual.usageMessage().exitCodeList())
        .isEqualTo(expected.usageMessage().exitCodeList());
    assertThat(actual.versionProvider() == null).isEqualTo(expected.versionProvider() == null);
    assertThat(describe(actual.args())).containsExactlyElementsOf(describe(expected.args()));
  }

  private static List<Map<String, Object>> describe(List<ArgSpec> args) {
    List<Map<String, Object>> described = new ArrayList<>();
    for (ArgSpec arg : args) {
      Map<String, Object> d = new LinkedHashMap<>();
      if (arg instanceof OptionSpec option) {
        d.put("names", List.of(option.names()));
        d.put("usageHelp", option.usageHelp());
        d.put("versionHelp", option.versionHelp());
        d.put("fallbackValue", option.fallbackValue());
        d.put("order", option.order());
      } else {
        d.put("index", ((PositionalParamSpec) arg).index().toString());
      }
      d.put("arity", arg.arity().toString());
      d.put("arityUnspecified", arg.arity().isUnspecified());
      d.put("type", arg.type());
      d.put("auxiliaryTypes", List.of(arg.auxiliaryTypes()));
      d.put("paramLabel", arg.paramLabel());
      d.put("description", List.of(arg.description()));
      d.put("defaultValue", String.valueOf(arg.defaultValue()));
      d.put("initialValue", String.valueOf(arg.initialValue()));
      d.put("hasInitialValue", arg.hasInitialValue());
      d.put("hidden", arg.hidden());
      d.put("required", arg.required());
      d.put("showDefaultValue", arg.showDefaultValue());
      d.put(
          "candidates",
          arg.completionCandidates() == null ? null : list(arg.completionCandidates()));
      d.put("converters", Stream.of(arg.converters()).map(Object::getClass).toList());
      d.put("preprocessor", arg.preprocessor().getClass());
      d.put("multiValue", arg.isMultiValue());
      described.add(d);
    }
    return described;
  }

  private static List<String> list(Iterable<String> values) {
    List<String> list = new ArrayList<>();
    values.forEach(list::add);
    return list;
  }

  @Test
  void noOptionNeedsTheConvertersIsctlLeavesOut() {
    // CommandTree excludes picocli's reflective java.sql and java.time converters to start faster.
    List<String> needing = new ArrayList<>();
    commands()
        .forEach(
            path ->
                find(annotated(), path)
                    .getCommandSpec()
                    .args()
                    .forEach(
                        arg -> {
                          String type =
                              (arg.isMultiValue() ? arg.auxiliaryTypes()[0] : arg.type()).getName();
                          if ((type.startsWith("java.sql.") || type.startsWith("java.time."))
                              && arg.converters().length == 0) {
                            needing.add("isctl " + path + " " + arg);
                          }
                        }));
    assertThat(needing).isEmpty();
  }

  @Test
  void parsedValuesLandInTheCommandsFields() throws Exception {
    String[] line = {
      "--store", "s", "resolve", "-n", "ns", "--via", "lookup", "-f", "a", "-f", "b", "-R", "x:y"
    };
    assertThat(fields(parsed(fromModel(), line))).isEqualTo(fields(parsed(annotated(), line)));
    String[] tag = {"tag", "--reference-policy=local", "--scheduled", "a:b", "c:d", "e:f"};
    assertThat(fields(parsed(fromModel(), tag))).isEqualTo(fields(parsed(annotated(), tag)));
  }

  private static Object parsed(CommandLine cli, String... args) {
    List<CommandLine> parsed = cli.parseArgs(args).asCommandLineList();
    return parsed.get(parsed.size() - 1).getCommand();
  }

  /** The values of an object's fields, and of its mixins' fields, as text. */
  private static Map<String, String> fields(Object command) throws IllegalAccessException {
    Map<String, String> values = new LinkedHashMap<>();
    for (Field field : command.getClass().getDeclaredFields()) {
      if (field.getType() == CommandSpec.class
          || java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(command);
      if (value != null && value.getClass().getPackageName().equals("io.isctl.cli")) {
        fields(value).forEach((name, inner) -> values.put(field.getName() + "." + name, inner));
      } else {
        values.put(field.getName(), String.valueOf(value));
      }
    }
    return values;
  }

  @Test
  void aCommandUsingWhatTheModelCannotCarryStopsTheBuild() {
    assertThatThrownBy(
            () -> CommandModelExtractor.extract(new CommandLine(new Negatable(), FACTORY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Negatable.class.getName())
        .hasMessageContaining("negatable");
    assertThatThrownBy(
            () -> CommandModelExtractor.extract(new CommandLine(new Separated(), FACTORY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@Command(separator)");
  }

  @Command(name = "negatable")
  static final class Negatable {
    @Option(names = "--color", negatable = true)
    boolean color;
  }

  @Command(name = "separated", separator = ":")
  static final class Separated {}

  private static String usage(CommandLine cli) {
    return cli.getUsageMessage(Ansi.OFF);
  }
}
