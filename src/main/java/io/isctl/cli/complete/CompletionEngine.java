package io.isctl.cli.complete;

import io.isctl.cli.complete.Completions.Directive;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completes a partly typed command line from the picocli model: commands, options, option values
 * and positional arguments, with stream names and tags read from the store the line points at. New
 * commands and options complete as soon as they are in the model; a parameter's values come from
 * its {@code completionCandidates} (enums, fixed lists, {@link LiveCandidates}), else from its type
 * and label ({@code Path} or {@code FILE}: files; {@code DIR}: folders; {@code NAME:TAG}, {@code
 * NAME}, {@code NS}: the store's tags, streams and namespaces).
 */
public final class CompletionEngine {
  private final CommandSpec root;
  private final CompletionContext.CatalogFinder catalogs;

  public CompletionEngine(CommandSpec root, CompletionContext.CatalogFinder catalogs) {
    this.root = root;
    this.catalogs = catalogs;
  }

  /**
   * The candidates for {@code current}, typed after {@code words} (the program's name not
   * included).
   */
  public Completions complete(List<String> words, String current) {
    Line line = Line.read(root, words);
    CompletionContext context =
        new CompletionContext(
            () -> catalogs.find(line.typed("--store"), line.typed("--namespace")),
            line.positionals());
    if (line.pendingOption() != null) {
      return values(line.pendingOption(), context, "", current);
    }
    if (!line.endOfOptions() && current.startsWith("-")) {
      int equals = current.indexOf('=');
      if (equals < 0) {
        return Completions.of(StoreCandidates.matching(optionNames(line.command()), current));
      }
      OptionSpec option = line.command().findOption(current.substring(0, equals));
      return option == null || option.arity().max() == 0
          ? Completions.NOTHING
          : values(
              option, context, current.substring(0, equals + 1), current.substring(equals + 1));
    }
    List<String> candidates = new ArrayList<>();
    if (line.positionals().isEmpty()) {
      line.command()
          .subcommands()
          .forEach(
              (name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                  candidates.add(name);
                }
              });
    }
    PositionalParamSpec positional = positional(line.command(), line.positionals().size());
    if (positional == null) {
      return Completions.of(StoreCandidates.matching(candidates, current));
    }
    Completions values = values(positional, context, "", current);
    candidates.addAll(values.candidates());
    return new Completions(StoreCandidates.matching(candidates, current), values.directive());
  }

  private static List<String> optionNames(CommandSpec command) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden()) {
        names.addAll(List.of(option.names()));
      }
    }
    return names;
  }

  private static PositionalParamSpec positional(CommandSpec command, int index) {
    for (PositionalParamSpec positional : command.positionalParameters()) {
      if (!positional.hidden() && positional.index().contains(index)) {
        return positional;
      }
    }
    return null;
  }

  /** The values of {@code arg} that start with {@code typed}, each prefixed with {@code prefix}. */
  private static Completions values(
      ArgSpec arg, CompletionContext context, String prefix, String typed) {
    Iterable<String> declared = arg.completionCandidates();
    List<String> values;
    if (declared instanceof LiveCandidates live) {
      values = live.complete(context, typed);
    } else if (declared != null) {
      values = StoreCandidates.matching(declared, typed);
    } else {
      Directive directive = directive(arg);
      if (directive != Directive.NONE) {
        return new Completions(List.of(), directive);
      }
      values = byLabel(arg, context, typed);
    }
    return Completions.of(values.stream().map(value -> prefix + value).toList());
  }

  private static Directive directive(ArgSpec arg) {
    String label = label(arg);
    if (label.equals("DIR")) {
      return Directive.DIRECTORIES;
    }
    Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
    boolean file = type == Path.class || type == File.class || label.contains("FILE");
    return file ? Directive.FILES : Directive.NONE;
  }

  /**
   * Parameters declared without candidates by the usual labels, so new commands complete names too.
   */
  private static List<String> byLabel(ArgSpec arg, CompletionContext context, String typed) {
    String label = label(arg);
    if (label.contains(":TAG") || label.contains("@ID")) {
      return StoreCandidates.tagsAndImages(context, typed);
    }
    if (label.equals("NAME")) {
      return StoreCandidates.streams(context, typed);
    }
    if (label.equals("NS") || label.equals("NAMESPACE")) {
      return StoreCandidates.namespaces(context, typed);
    }
    return List.of();
  }

  private static String label(ArgSpec arg) {
    return arg.paramLabel().replaceAll("[\\[\\]<>.]", "").toUpperCase(Locale.ROOT);
  }
}
