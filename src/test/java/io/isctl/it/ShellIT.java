package io.isctl.it;

import static io.isctl.testing.Fixtures.EXTERNAL_BY_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.Fixtures;
import io.isctl.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isctl shell} in a real terminal (tmux): typed commands, Tab, Ctrl-C, Ctrl-D and the
 * history file.
 */
class ShellIT {
  @TempDir Path dir;
  Tmux terminal;

  @AfterEach
  void close() {
    if (terminal != null) {
      terminal.close();
    }
  }

  private Path startShell() {
    Path store = Fixtures.seedStore(dir);
    terminal =
        Tmux.start(
            dir,
            Map.of("HOME", dir.toString()),
            Fixtures.projectRoot().resolve("bin/isctl").toString(),
            "--store",
            store.toString(),
            "-n",
            "myproject",
            "shell");
    terminal.waitFor("isctl>"); // capture-pane drops trailing blanks
    return store;
  }

  /**
   * Waits for the prompt, as a user does before typing: keys typed earlier reach a terminal in line
   * mode.
   */
  private Tmux atPrompt() {
    terminal.waitFor("the prompt", screen -> screen.strip().endsWith("isctl>"));
    return terminal;
  }

  @Test
  void twoCommandsAndATab_onOneScreen() {
    Path store = startShell();

    terminal.type("tag " + EXTERNAL_TAG + " web:1.0 --reference").press("Enter");
    terminal.waitFor("Tag web:1.0 set to " + EXTERNAL_TAG + ".");
    atPrompt().type("resolve myimage-ref-source:mytag").press("Enter");
    terminal.waitFor(EXTERNAL_BY_DIGEST);
    atPrompt().type("resolve we").press("Tab");
    terminal.waitFor("isctl> resolve web:");
    terminal.press("Tab");
    String screen = terminal.waitFor("isctl> resolve web:1.0");

    assertThat(screen)
        .containsSubsequence(
            "isctl> tag " + EXTERNAL_TAG + " web:1.0 --reference",
            "Tag web:1.0 set to",
            "isctl> resolve myimage-ref-source:mytag",
            EXTERNAL_BY_DIGEST,
            "isctl> resolve web:1.0");
    assertThat(store.resolve("myproject/web.yaml")).exists();
  }

  @Test
  void errorsAreOneLine_andTheShellGoesOn() {
    startShell();

    terminal.type("resolve nosuch:tag").press("Enter");
    terminal.waitFor("error: imagestreams.image.openshift.io \"nosuch\" not found");
    atPrompt().type("tag --reference-policy=sideways a b").press("Enter");
    terminal.waitFor(
        "error: reference policy must be set to 'source' or 'local' (see 'isctl tag --help')");
    atPrompt().type("project").press("Enter");
    String screen = terminal.waitFor("Using project \"myproject\"");

    assertThat(screen).doesNotContain("\tat ", "Exception");
  }

  @Test
  void ctrlC_dropsTheLine_ctrlD_leaves_andTheHistoryIsKept() throws Exception {
    startShell();

    terminal.type("get is").press("Enter");
    atPrompt().type("delete is myimage-internal");
    // Ctrl-C flushes what the terminal has not yet handed over: press it on what is on the screen.
    terminal.waitFor("isctl> delete is myimage-internal");
    terminal.press("C-c");
    terminal.waitFor(
        "a fresh prompt",
        screen -> screen.strip().endsWith("isctl> delete is myimage-internal\nisctl>"));
    terminal.type("project").press("Enter");
    terminal.waitFor("Using project");
    atPrompt().press("C-d"); // in line mode, before the prompt, Ctrl-D would be no key at all
    terminal.waitForExit();

    Path store = dir.resolve("store");
    assertThat(store.resolve("myproject/myimage-internal.yaml")).exists();
    assertThat(Files.readString(dir.resolve(".isctl_history")))
        .contains("get is", "project")
        .doesNotContain("delete");
  }
}
