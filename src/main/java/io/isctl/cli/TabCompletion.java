package io.isctl.cli;

import io.isctl.cli.complete.CompletionContext;
import io.isctl.cli.complete.CompletionEngine;
import io.isctl.cli.complete.Completions;
import io.isctl.cli.spec.CommandGrammar;
import io.isctl.cli.spec.CommandModels;
import java.util.List;

/**
 * What Tab offers for a partly typed line, for {@code isctl __complete} (through picocli or the
 * {@link FrontDoor}) and the JLine shell: the completion engine over the command model, with the
 * store and namespace the line names.
 */
final class TabCompletion {
  private TabCompletion() {}

  /**
   * Completes the last of {@code words} (the words after {@code isctl}); {@code session} gives the
   * store and namespace the line does not name.
   */
  static Completions complete(CommandGrammar grammar, Session session, List<String> words) {
    CompletionEngine engine =
        new CompletionEngine(
            grammar,
            (store, namespace) -> {
              Session line = session.withLine(store, namespace);
              return new CompletionContext.Catalog(line.catalog(), line.namespace());
            });
    if (words.isEmpty()) {
      return engine.complete(List.of(), "");
    }
    return engine.complete(words.subList(0, words.size() - 1), words.get(words.size() - 1));
  }

  /**
   * The grammar of every command: the bundled model's, else (classes compiled without it) read from
   * the annotations of {@code environment}'s command tree.
   */
  static CommandGrammar grammar(Session.Environment environment) {
    return CommandGrammar.bundled()
        .orElseGet(() -> CommandModels.grammarOf(CommandTree.full(Cli.factory(environment))));
  }
}
