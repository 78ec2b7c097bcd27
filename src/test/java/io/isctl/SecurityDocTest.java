package io.isctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every test SECURITY.md names exists, so a claim cannot outlive the test that proved it. */
class SecurityDocTest {
  private static final Pattern TEST_REFERENCE =
      Pattern.compile("`((?:[a-z]+/)+[A-Z]\\w+)(?:#(\\w+))?`");

  @Test
  void everyNamedTestExists() throws Exception {
    String doc = Files.readString(Fixtures.projectRoot().resolve("SECURITY.md"));
    List<String> missing = new ArrayList<>();
    int references = 0;
    for (Matcher m = TEST_REFERENCE.matcher(doc); m.find(); references++) {
      Path source =
          Fixtures.projectRoot().resolve("src/test/java/io/isctl/" + m.group(1) + ".java");
      if (!Files.exists(source)) {
        missing.add(m.group());
      } else if (m.group(2) != null && !Files.readString(source).contains(" " + m.group(2) + "(")) {
        missing.add(m.group());
      }
    }

    assertThat(references).isGreaterThan(20);
    assertThat(missing).as("tests SECURITY.md names that do not exist").isEmpty();
  }
}
