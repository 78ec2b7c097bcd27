package io.isctl.cli;

import static io.isctl.testing.Fixtures.EXTERNAL_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.base.ExitCodes;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isctl __complete}: what Tab offers, from the command model and the store the line names.
 */
class CompletionTest {
  @TempDir Path dir;
  CliRunner isctl;

  @BeforeEach
  void seed() {
    isctl = new CliRunner(Fixtures.seedStore(dir)).env("ISCTL_NAMESPACE", "myproject");
  }

  /** The candidates and the directive line for the last word of {@code line}. */
  private List<String> complete(String... line) {
    List<String> args = new ArrayList<>(List.of("__complete", "--"));
    args.addAll(List.of(line));
    CliResult result = isctl.run(args.toArray(String[]::new));
    assertThat(result).succeeded().errIsEmpty();
    return List.of(result.out().split("\n"));
  }

  @Test
  void commands_fromTheModel_hiddenOnesLeftOut() {
    assertThat(complete(""))
        .containsExactly(
            "completion",
            "delete",
            "describe",
            "get",
            "help",
            "import-image",
            "project",
            "resolve",
            "set",
            "shell",
            "sync",
            "tag",
            "version",
            ":");
    assertThat(complete("de")).containsExactly("delete", "describe", ":");
  }

  @Test
  void options_ofTheCommandTyped_includingGlobalOnes() {
    assertThat(complete("tag", "--re"))
        .containsExactly("--reference", "--reference-policy", "--registry-config", ":");
    assertThat(complete("resolve", "-"))
        .contains("--explain", "--via", "-n", "--namespace", "--store", "-o", ":");
  }

  @Test
  void optionValues_afterASpaceOrAnEqualsSign() {
    assertThat(complete("tag", "--reference-policy", "")).containsExactly("local", "source", ":");
    assertThat(complete("tag", "--reference-policy=l"))
        .containsExactly("--reference-policy=local", ":");
    assertThat(complete("tag", "--import-mode", ""))
        .containsExactly("Legacy", "PreserveOriginal", ":");
    assertThat(complete("tag", "--source="))
        .containsExactly("--source=docker", "--source=isimage", "--source=istag", ":");
    assertThat(complete("get", "is", "-o", ""))
        .containsExactly(
            "custom-columns",
            "custom-columns-file",
            "json",
            "jsonpath",
            "jsonpath-as-json",
            "jsonpath-file",
            "name",
            "wide",
            "yaml",
            ":");
    assertThat(complete("resolve", "-o", "")).containsExactly("json", ":");
  }

  @Test
  void streamNames_thenTheStreamsRealTags_afterTheColon() {
    isctl.run("tag", EXTERNAL_TAG, "myimage-ref-local:v2", "--reference");

    assertThat(complete("resolve", "myimage-ref-l")).containsExactly("myimage-ref-local:", ":");
    assertThat(complete("resolve", "myimage-ref-local:"))
        .containsExactly("myimage-ref-local:mytag", "myimage-ref-local:v2", ":");
    assertThat(complete("resolve", "myimage-ref-local:v"))
        .containsExactly("myimage-ref-local:v2", ":");
  }

  @Test
  void imageIds_afterTheAtSign() {
    assertThat(complete("resolve", "myimage-ref-source@"))
        .containsExactly("myimage-ref-source@" + EXTERNAL_DIGEST, ":");
  }

  @Test
  void theStoreAndNamespaceTypedOnTheLine_winOverTheEnvironment() {
    isctl.run("-n", "team", "tag", EXTERNAL_TAG, "web:1.0", "--reference");

    assertThat(complete("-n", "team", "resolve", "")).containsExactly("web:", ":");
    assertThat(complete("resolve", "--namespace=team", "web:")).containsExactly("web:1.0", ":");
    assertThat(complete("resolve", "team/w")).containsExactly("team/web:", ":");
    assertThat(complete("-n", "")).containsExactly("myproject", "team", ":");
    assertThat(complete("--store", dir.resolve("nowhere").toString(), "resolve", ""))
        .containsExactly(":");
  }

  @Test
  void namesFollowTheResourceKind() {
    assertThat(complete("get", "")).containsExactly("is", "isimage", "istag", ":");
    assertThat(complete("get", "is", "myimage-ref-s")).containsExactly("myimage-ref-source", ":");
    assertThat(complete("describe", "istag", "myimage-internal:"))
        .containsExactly("myimage-internal:mytag", ":");
    assertThat(complete("delete", "is", "myimage-int")).containsExactly("myimage-internal", ":");
  }

  @Test
  void positionalsOfOtherCommands() {
    assertThat(complete("set", "")).containsExactly("image-lookup", ":");
    assertThat(complete("set", "image-lookup", "myimage-ref"))
        .containsExactly("myimage-ref-local", "myimage-ref-source", "myimage-reference", ":");
    assertThat(complete("project", "")).containsExactly("myproject", ":");
    assertThat(complete("completion", "")).containsExactly("bash", "zsh", ":");
    assertThat(complete("tag", "myimage-internal:mytag", "fromis:")).containsExactly(":");
  }

  @Test
  void filesAndFolders_areLeftToTheShell() {
    assertThat(complete("--store", "")).containsExactly(":dirs");
    assertThat(complete("get", "is", "--registry-config=")).containsExactly(":files");
  }

  @Test
  void aBrokenStreamFile_completesNoTags_andPrintsNoError() throws Exception {
    java.nio.file.Files.writeString(
        isctl.store().resolve("myproject/myimage-internal.yaml"), "spec: [");

    assertThat(complete("resolve", "myimage-internal:")).containsExactly(":");
  }

  @Test
  void aStoreThatIsAFile_completesNoStreams_andPrintsNoError() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
    CliResult result =
        new CliRunner(file).runRaw("__complete", "--", "--store", file.toString(), "resolve", "");

    assertThat(result).succeeded().errIsEmpty();
    assertThat(result.out()).isEqualTo(":\n");
  }

  @Test
  void theCompletionScripts_areTheOnesInTheRepository() {
    assertThat(isctl.run("completion", "bash").out())
        .isEqualTo(Fixtures.read(Fixtures.projectRoot().resolve("completions/isctl.bash")));
    assertThat(isctl.run("completion", "zsh").out())
        .isEqualTo(Fixtures.read(Fixtures.projectRoot().resolve("completions/_isctl")));
    assertThat(isctl.run("completion", "fish")).failedWith(ExitCodes.USAGE);
  }
}
