package io.isctl.cli.complete;

import io.isctl.cli.complete.Completions.Directive;
import io.isctl.cli.spec.CommandGrammar;
import io.isctl.cli.spec.CommandGrammar.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completes a partly typed command line from the command model (read without picocli, only the
 * commands the line names): commands, options, option values and positional arguments, with stream
 * names and tags read from the store the line points at. New commands and options complete as soon
 * as they are in the model; a parameter's values come from its {@code completionCandidates} (enums,
 * fixed lists, {@link LiveCandidates}), else from its type and label ({@code Path} or {@code FILE}:
 * files; {@code DIR}: folders; {@code NAME:TAG}, {@code NAME}, {@code NS}: the store's tags,
 * streams and namespaces).
 */
public final class CompletionEngine {
  private final CommandGrammar root;
  private final CompletionContext.CatalogFinder catalogs;

  public CompletionEngine(CommandGrammar root, CompletionContext.CatalogFinder catalogs) {
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
      Param option = line.command().option(current.substring(0, equals)).orElse(null);
      return option == null || option.maxArity() == 0
          ? Completions.NOTHING
          : values(
              option, context, current.substring(0, equals + 1), current.substring(equals + 1));
    }
    List<String> candidates = new ArrayList<>();
    if (line.positionals().isEmpty()) {
      candidates.addAll(line.command().visibleSubcommandNames());
    }
    Param positional = line.command().positional(line.positionals().size()).orElse(null);
    if (positional == null) {
      return Completions.of(StoreCandidates.matching(candidates, current));
    }
    Completions values = values(positional, context, "", current);
    candidates.addAll(values.candidates());
    return new Completions(StoreCandidates.matching(candidates, current), values.directive());
  }

  private static List<String> optionNames(CommandGrammar command) {
    List<String> names = new ArrayList<>();
    for (Param option : command.options()) {
      if (!option.hidden()) {
        names.addAll(option.names());
      }
    }
    return names;
  }

  /** The values of {@code arg} that start with {@code typed}, each prefixed with {@code prefix}. */
  private static Completions values(
      Param arg, CompletionContext context, String prefix, String typed) {
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
    List<String> prefixed = new ArrayList<>(values.size());
    for (String value : values) {
      prefixed.add(prefix + value);
    }
    return Completions.of(prefixed);
  }

  private static Directive directive(Param arg) {
    String label = label(arg);
    if (label.equals("DIR")) {
      return Directive.DIRECTORIES;
    }
    String type = arg.valueType();
    boolean file =
        type.equals("java.nio.file.Path") || type.equals("java.io.File") || label.contains("FILE");
    return file ? Directive.FILES : Directive.NONE;
  }

  /**
   * Parameters declared without candidates by the usual labels, so new commands complete names too.
   */
  private static List<String> byLabel(Param arg, CompletionContext context, String typed) {
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

  private static String label(Param arg) {
    return arg.paramLabel().replaceAll("[\\[\\]<>.]", "").toUpperCase(Locale.ROOT);
  }
}
