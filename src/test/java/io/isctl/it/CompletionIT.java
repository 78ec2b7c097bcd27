package io.isctl.it;

import static io.isctl.testing.Fixtures.EXTERNAL_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Tmux;
import io.isctl.testing.Tools;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The completion scripts in real bash and real zsh, in a terminal: a line is typed, Tab pressed,
 * and the screen read, so the shells' own word splitting (bash breaks words at ':' and '='),
 * insertion and listing are tested with the {@code isctl __complete} calls behind them.
 */
class CompletionIT {
  private static final Path ROOT = Fixtures.projectRoot();

  /** A shell, started bare, then set up as its users set completion up. */
  enum Shell {
    BASH(
        "bash --norc --noprofile -i",
        "PS1='$ '; unset HISTFILE; source " + ROOT.resolve("completions/isctl.bash")),
    ZSH(
        "zsh -f -i",
        "PS1='$ '; fpath=("
            + ROOT.resolve("completions")
            + " $fpath); autoload -Uz compinit; "
            + "compinit -u -D");

    final String command;
    final String setup;

    Shell(String command, String setup) {
      this.command = command;
      this.setup = setup;
    }
  }

  @TempDir Path dir;
  Path store;
  Tmux terminal;

  @BeforeEach
  void seed() {
    store = Fixtures.seedStore(dir);
    CliRunner isctl = new CliRunner(store);
    isctl.run("-n", "myproject", "tag", EXTERNAL_TAG, "myimage-ref-local:v2", "--reference");
    isctl.run("-n", "team", "tag", EXTERNAL_TAG, "web:1.0", "--reference");
  }

  @AfterEach
  void close() {
    if (terminal != null) {
      terminal.close();
    }
  }

  private void start(Shell shell) {
    Tools.require(shell.name().toLowerCase(java.util.Locale.ROOT));
    terminal =
        Tmux.start(
            dir,
            Map.of(
                "PATH",
                ROOT.resolve("bin") + ":" + System.getenv("PATH"),
                "HOME",
                dir.toString(),
                "ISCTL_STORE",
                store.toString(),
                "ISCTL_NAMESPACE",
                "myproject"),
            shell.command);
    terminal.type(shell.setup).press("Enter");
    terminal.type("echo ready").press("Enter").waitFor("\nready");
  }

  /**
   * Types {@code line} on a clean prompt and presses Tab {@code tabs} times; returns the screen
   * once it shows {@code expected}.
   */
  private String tab(String line, int tabs, String expected) {
    // Erase the line and clear the screen with editing keys: Ctrl-C is a signal, and races with
    // what follows.
    terminal
        .press("C-u")
        .press("C-l")
        .waitFor("a clean prompt", screen -> screen.strip().equals("$"));
    terminal.type(line);
    for (int i = 0; i < tabs; i++) {
      terminal.press("Tab");
    }
    return terminal.waitFor(expected);
  }

  private static int tabsToList(Shell shell) {
    // bash lists on the second Tab; zsh lists on the first, and a second would start menu
    // completion.
    return shell == Shell.BASH ? 2 : 1;
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void commandsAndStreamNames(Shell shell) {
    start(shell);

    assertThat(tab("isctl reso", 1, "$ isctl resolve")).contains("$ isctl resolve");
    String streams = tab("isctl resolve myimage-", tabsToList(shell), "myimage-reference:");
    assertThat(streams)
        .contains(
            "myimage-internal:", "myimage-ref-local:", "myimage-ref-source:", "myimage-reference:");
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void streamColonTag_offersTheStreamsRealTags(Shell shell) {
    start(shell);

    tab("isctl resolve myimage-ref-lo", 1, "$ isctl resolve myimage-ref-local:");
    // No space after the colon: the tag follows, and completes past the word break.
    terminal.type("my").press("Tab");
    terminal.waitFor("$ isctl resolve myimage-ref-local:mytag");

    String tags = tab("isctl resolve myimage-ref-local:", tabsToList(shell), "v2");
    assertThat(tags).contains("mytag", "v2");
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void streamAtSign_offersItsImageIds(Shell shell) {
    start(shell);

    assertThat(tab("isctl resolve myimage-ref-source@", 1, EXTERNAL_DIGEST))
        .contains("$ isctl resolve myimage-ref-source@" + EXTERNAL_DIGEST);
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void theStoreAndNamespaceTypedOnTheLine(Shell shell) {
    start(shell);

    assertThat(tab("isctl -n ", tabsToList(shell), "team")).contains("myproject", "team");
    tab("isctl --store " + store + " -n team resolve w", 1, "resolve web:");
    terminal.press("Tab");
    terminal.waitFor("resolve web:1.0");
    assertThat(tab("isctl --store " + dir + "/st", 1, dir + "/store/")).contains(dir + "/store/");
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void optionValues(Shell shell) {
    start(shell);

    assertThat(tab("isctl get is -o ", tabsToList(shell), "yaml"))
        .contains("json", "name", "wide", "yaml");
    assertThat(tab("isctl tag --reference-policy=", tabsToList(shell), "source"))
        .contains("local", "source");
    assertThat(tab("isctl tag --import-mode Pre", 1, "PreserveOriginal"))
        .contains("--import-mode PreserveOriginal");
  }
}
