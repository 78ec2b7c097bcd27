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

  private static String run(boolean terminal, int columns, String... items) {
    StringWriter err = new StringWriter();
    try (Progress progress =
        new Progress(new PrintWriter(err), terminal, "syncing", "streams", columns)) {
      progress.start(items.length);
      for (String item : items) {
        progress.step(item);
      }
    }
    return err.toString();
  }

  @Test
  void onATerminal_eachStepRedrawsTheLine_andCloseErasesIt() {
    assertThat(run(true, 80, "myproject/web", "myproject/db"))
        .isEqualTo(
            "\r\u001b[Ksyncing 1/2 streams: myproject/web\r\u001b[Ksyncing 2/2 streams: myproject/db\r\u001b[K");
  }

  @Test
  void piped_printsNothing() {
    assertThat(run(false, 80, "myproject/web", "myproject/db")).isEmpty();
  }

  @Test
  void aSingleStep_isNotWorthALine() {
    assertThat(run(true, 80, "myproject/web")).isEmpty();
  }

  @Test
  void aLineWiderThanTheTerminal_isCut_soThatItCanBeRedrawnInPlace() {
    String drawn = run(true, 30, "myproject/a-rather-long-stream-name", "b");

    assertThat(drawn).startsWith("\r\u001b[Ksyncing 1/2 streams: mypro...\r");
    assertThat(drawn.split("\r\u001b\\[K"))
        .allSatisfy(line -> assertThat(line.length()).isLessThan(30));
  }

  @Test
  void clearErasesTheLineOnce_andTheNextStepDrawsItAgain() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), true, "importing", "tags", 80);
    progress.start(2);
    progress.step("v1");
    progress.clearingFirst(line -> err.write(line + "\n")).accept("warning: slow");
    progress.clear();
    progress.step("v2");
    progress.finish();
    progress.close();

    assertThat(err.toString())
        .isEqualTo(
            "\r\u001b[Kimporting 1/2 tags: v1\r\u001b[Kwarning: slow\n"
                + "\r\u001b[Kimporting 2/2 tags: v2\r\u001b[K");
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
    assertThat(
            new Session.Environment(java.util.Map.of(), dir, java.time.Clock.systemUTC())
                .stderrTerminal())
        .isFalse();
  }
}
