package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Progress}: a line redrawn in place on a terminal, nothing at all otherwise. */
class ProgressTest {
  @TempDir Path dir;

  private static String run(boolean terminal) {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(err), terminal, "importing", 2)) {
      progress.step("myproject/web");
      progress.step("myproject/db");
    }
    return err.toString();
  }

  @Test
  void onATerminal_eachStepRedrawsTheLine_andCloseErasesIt() {
    assertThat(run(true)).isEqualTo("\r\u001b[Kimporting 1/2 myproject/web\r\u001b[Kimporting 2/2 myproject/db"
        + "\r\u001b[K");
  }

  @Test
  void piped_printsNothing() {
    assertThat(run(false)).isEmpty();
  }

  @Test
  void aTerminalIsATtyOrPtyDevice() throws Exception {
    Path pty = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/7"));
    Path file = Files.createSymbolicLink(dir.resolve("1"), dir.resolve("out.log"));
    Path pipe = Files.createSymbolicLink(dir.resolve("3"), Path.of("pipe:[12345]"));

    assertThat(Progress.isTerminal(pty)).isTrue();
    assertThat(Progress.isTerminal(file)).isFalse();
    assertThat(Progress.isTerminal(pipe)).isFalse();
    assertThat(Progress.isTerminal(dir.resolve("missing"))).isFalse();
  }

  @Test
  void commandsInTestsAndPipes_seeNoTerminal() {
    assertThat(new Session.Environment(java.util.Map.of(), dir, java.time.Clock.systemUTC()).stderrTerminal())
        .isFalse();
  }
}
