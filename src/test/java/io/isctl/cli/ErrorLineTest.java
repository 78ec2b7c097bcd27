package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error lines quote what users and files wrote; control characters in it are shown, not obeyed. */
class ErrorLineTest {
  @TempDir Path dir;

  @Test
  void escapeSequenceInAName_isPrintedEscapedOnOneLine() throws java.io.IOException {
    CliResult result =
        new CliRunner(dir.resolve("store"))
            .run(
                "-n", "team", "tag", "--reference", "docker.io/a/b:1", "web:a\u001b[2J\u0007\r\nb");

    assertThat(result)
        .failedWith(2)
        .err()
        .startsWith("error: invalid tag \"a\\x1b[2J\\x07 b\" format")
        .hasLineCount(1);

    java.nio.file.Files.createDirectories(dir.resolve("store"));
    CliResult bad =
        new CliRunner(dir.resolve("store")).run("-n", "team\u001b]0;x\u0007", "get", "is");
    assertThat(bad.err())
        .startsWith("error: invalid namespace \"team\\x1b]0;x\\x07\": ")
        .endsWith("\n")
        .hasLineCount(1);
  }

  @Test
  void aUrlsUserInfo_isNeverQuoted_soAPastedPasswordStaysOffTheTerminal() {
    CliResult result =
        new CliRunner(dir.resolve("store"))
            .run(
                "-n",
                "team",
                "import-image",
                "web",
                "--from=https://alice:s3cret@quay.io/x",
                "--confirm",
                "--all");

    assertThat(result)
        .failedWith(2)
        .errIs(
            "error: invalid --from \"https://REDACTED@quay.io/x\": invalid reference "
                + "format (see 'isctl import-image --help')\n");
  }
}
