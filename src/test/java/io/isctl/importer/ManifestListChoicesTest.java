package io.isctl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestListChoicesTest {
  static final String LIST = "sha256:" + "a".repeat(64);
  static final String CHILD = "sha256:" + "b".repeat(64);
  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  ManifestListChoices inFile() {
    return ManifestListChoices.inFile(dir.resolve(".isctl/manifest-lists"), warnings::add);
  }

  @Test
  void remembered_choice_isReadBackByTheNextProcess_perPlatform() {
    ManifestListChoices first = inFile();
    first.remember(LIST, "linux", "amd64", CHILD);
    first.save();

    ManifestListChoices next = inFile();
    assertThat(next.child(LIST, "linux", "amd64")).contains(CHILD);
    assertThat(next.child(LIST, "linux", "arm64")).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aDamagedFile_isOnlyACacheMiss() throws IOException {
    Path file = dir.resolve(".isctl/manifest-lists");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "garbage\n" + LIST + " linux/amd64 not-a-digest\n" + LIST + " linux/s390x " + CHILD + "\n");

    ManifestListChoices choices = inFile();

    assertThat(choices.child(LIST, "linux", "amd64")).isEmpty();
    assertThat(choices.child(LIST, "linux", "s390x")).contains(CHILD);
  }

  @Test
  void valuesThatAreNotDigestsOrPlatforms_areNotRemembered() {
    ManifestListChoices choices = inFile();
    choices.remember(LIST, "linux", "amd64 extra", CHILD);
    choices.remember("sha256:short", "linux", "amd64", CHILD);
    choices.save();

    assertThat(Files.exists(dir.resolve(".isctl/manifest-lists"))).isFalse();
  }

  @Test
  void theOldestChoicesGo_beyondTheLimit() {
    ManifestListChoices choices = ManifestListChoices.inMemory();
    for (int i = 0; i <= ManifestListChoices.MAX_ENTRIES; i++) {
      choices.remember(String.format("sha256:%064x", i), "linux", "amd64", CHILD);
    }

    assertThat(choices.child(String.format("sha256:%064x", 0), "linux", "amd64")).isEmpty();
    assertThat(choices.child(String.format("sha256:%064x", 1), "linux", "amd64")).contains(CHILD);
  }

  @Test
  void theFile_doesNotDependOnTheOrderTheChoicesCameIn() throws IOException {
    Path file = dir.resolve(".isctl/manifest-lists");
    Files.createDirectories(file.getParent());
    String earlier = "sha256:" + "9".repeat(64) + " linux/amd64 " + CHILD + "\n";
    Files.writeString(file, earlier);
    List<String> lists = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lists.add(String.format("sha256:%064x", i));
    }

    ManifestListChoices forwards = inFile();
    lists.forEach(list -> forwards.remember(list, "linux", "amd64", CHILD));
    forwards.save();
    String inOrder = Files.readString(file);
    Files.writeString(file, earlier);
    ManifestListChoices backwards = inFile();
    for (int i = lists.size() - 1; i >= 0; i--) {
      backwards.remember(lists.get(i), "linux", "amd64", CHILD);
    }
    backwards.save();

    assertThat(Files.readString(file)).isEqualTo(inOrder).startsWith(earlier);
  }
}
