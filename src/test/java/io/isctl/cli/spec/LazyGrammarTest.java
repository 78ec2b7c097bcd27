package io.isctl.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.cli.complete.CompletionEngine;
import io.isctl.cli.complete.Completions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tab decodes only the commands the typed line names: a completion's cost does not grow with the
 * number of commands (issue 15: only the chosen command's model is built, also for {@code
 * __complete}).
 */
class LazyGrammarTest {
  private final CommandModel root = BundledModel.read().orElseThrow();
  private final CompletionEngine engine =
      new CompletionEngine(
          new CommandGrammar(root),
          (store, namespace) -> {
            throw new AssertionError("these lines complete from the model alone");
          });

  private List<String> decoded() {
    return ((LazyCommands) root.subcommands()).decodedNames();
  }

  @Test
  void commandNames_completeWithoutDecodingAnyCommand() {
    Completions completions = engine.complete(List.of(), "re");

    assertThat(completions.candidates()).containsExactly("resolve");
    assertThat(decoded()).isEmpty();
  }

  @Test
  void aCommandsOptions_decodeThatCommandOnly() {
    Completions completions = engine.complete(List.of("resolve"), "--ex");

    assertThat(completions.candidates()).containsExactly("--explain");
    assertThat(decoded()).containsExactly("resolve");
  }

  @Test
  void aSubcommandsValues_decodeTheCommandsOnItsPath() {
    Completions completions = engine.complete(List.of("set", "image-lookup"), "--");

    assertThat(completions.candidates()).isNotEmpty();
    assertThat(decoded()).containsExactly("set");
    CommandModel set = root.subcommand("set").orElseThrow();
    assertThat(((LazyCommands) set.subcommands()).decodedNames()).containsExactly("image-lookup");
  }
}
