package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/isctl import-image --all} and {@code sync} in a real terminal (tmux, bash) against a
 * loopback registry: the progress line is drawn on the terminal (read from a recording of every
 * byte written to it), and the screen afterwards shows only the commands' own output.
 */
class ProgressIT {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();
  private static final String ERASE = "\r\u001b[K";
  private static final Pattern DONE = Pattern.compile("\ndone \\d+");

  @TempDir Path dir;

  @Test
  void importAllAndSync_drawTheirProgress_thenLeaveOnlyTheirOutput() throws Exception {
    TestImages images = new TestImages(REGISTRY);
    images.manyTags("team/app", 55); // t000 … t054: 50 imported, 5 named
    String one = images.schema2("team/one", "v", TestPlatform.LINUX_AMD64, "progress-one").digest();
    String two = images.schema2("team/two", "v", TestPlatform.LINUX_AMD64, "progress-two").digest();
    Path store = dir.resolve("store");
    StoreFiles.markInsecure(store, REGISTRY.hostPort());
    CliRunner isctl = new CliRunner(store).env("ISCTL_NAMESPACE", "team");
    isctl.run("--offline", "tag", REGISTRY.hostPort() + "/team/one:v", "one:v");
    isctl.run("--offline", "tag", REGISTRY.hostPort() + "/team/two:v", "two:v");
    Path recording = dir.resolve("terminal.log");
    String imported;
    String synced;
    String bytes;
    try (Tmux terminal = bash(store)) {
      terminal.record(recording);
      imported =
          run(
              terminal,
              "isctl import-image app --from="
                  + REGISTRY.hostPort()
                  + "/team/app --all "
                  + "--confirm -o name");
      terminal.press("C-l");
      synced = run(terminal, "isctl sync");
      bytes = recorded(recording);
    }

    assertThat(bytes)
        .contains(ERASE + "importing 1/50 tags: t000" + ERASE + "importing 2/50 tags: t001")
        .contains(ERASE + "importing 50/50 tags: t049" + ERASE)
        .contains(
            ERASE
                + "syncing 1/3 streams: team/app"
                + ERASE
                + "syncing 2/3 streams: team/one"
                + ERASE
                + "syncing 3/3 streams: team/two"
                + ERASE);
    assertThat(imported)
        .containsSubsequence(
            "imagestream.image.openshift.io/app\n",
            "info: The remote repository contained 5 additional tags which were not imported: t050, t051, t052, "
                + "t053, t054\n",
            "done 0")
        .doesNotContain("importing");
    assertThat(synced)
        .containsSubsequence(
            "team/one:v: imported " + one + "\n", "team/two:v: imported " + two + "\n", "done 0")
        .doesNotContain("syncing");
  }

  private Tmux bash(Path store) {
    Tmux terminal =
        Tmux.start(
            dir,
            Map.of(
                "PATH",
                Fixtures.projectRoot().resolve("bin") + ":" + System.getenv("PATH"),
                "HOME",
                dir.toString(),
                "ISCTL_STORE",
                store.toString(),
                "ISCTL_NAMESPACE",
                "team"),
            "bash --norc --noprofile -i");
    terminal.type("PS1='$ '; unset HISTFILE").press("Enter");
    terminal.type("echo ready").press("Enter").waitFor("\nready");
    return terminal;
  }

  /**
   * Types {@code command} and waits for it to end; returns the screen from the command's line on.
   */
  private static String run(Tmux terminal, String command) {
    terminal.type(command + "; echo done $?").press("Enter");
    // The "done" of this command, not of one still on the screen (a Ctrl-L may not have cleared it
    // yet on a busy machine).
    String screen =
        terminal.waitFor(
            "the command's end",
            s -> {
              int at = s.lastIndexOf("$ " + command);
              return at >= 0 && DONE.matcher(s.substring(at)).find();
            });
    return screen.substring(screen.lastIndexOf("$ " + command));
  }

  /**
   * Everything written to the terminal so far, once the recording has caught up with the screen.
   */
  private static String recorded(Path recording) throws IOException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      String bytes =
          Files.exists(recording) ? Files.readString(recording, StandardCharsets.ISO_8859_1) : "";
      if (DONE.matcher(bytes.replace("\r", "")).results().count() >= 2) {
        return bytes;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the recording never showed both commands' end");
  }
}
