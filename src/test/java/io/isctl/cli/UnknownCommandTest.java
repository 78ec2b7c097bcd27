package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cobra's suggestions for a word that names no command, as kubectl prints them: commands within two
 * edits of it, or that start with it, ignoring case; never a hidden one.
 */
class UnknownCommandTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "isctl {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "reslove|resolve",
        "TAG|tag",
        "imp|import-image",
        "des|describe,get,set",
        "synch|sync",
        "versoin|version",
        "complet|completion",
        "__complet|",
        "zzzzzzzz|",
      })
  void suggestions(String typed, String expected) {
    CliResult result = new CliRunner(dir.resolve("store")).runRaw(typed);

    String first = "error: unknown command \"" + typed + "\" for \"isctl\"";
    if (expected == null) {
      assertThat(result).failedWith(2).errIs(first + " (see 'isctl --help')\n");
    } else {
      assertThat(result)
          .failedWith(2)
          .errIs(
              first
                  + "\n\nDid you mean this?\n\t"
                  + String.join("\n\t", expected.split(","))
                  + "\n");
    }
  }
}
