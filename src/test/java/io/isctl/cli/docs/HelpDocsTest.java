package io.isctl.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Help that teaches, written once: every command's --help, its man page and the README's reference
 * agree.
 */
class HelpDocsTest {
  @TempDir Path dir;

  private static List<CommandLine> commands() {
    return CommandDocs.visibleCommands(DocsGenerator.commands());
  }

  @Test
  void everyCommandsHelp_hasExamplesAndExitCodes() {
    assertThat(commands())
        .hasSizeGreaterThan(10)
        .allSatisfy(
            command ->
                assertThat(CommandDocs.usage(command))
                    .as(CommandDocs.qualifiedName(command.getCommandSpec()))
                    .contains("Examples:", "Exit codes:", "  0   ", "  2   "));
  }

  @Test
  void everyExampleLine_isPrintedWhole_howeverLong() {
    assertThat(commands())
        .allSatisfy(
            command -> {
              String help = CommandDocs.usage(command);
              String[] footer = command.getCommandSpec().usageMessage().footer();
              assertThat(footer)
                  .as(CommandDocs.qualifiedName(command.getCommandSpec()))
                  .isNotEmpty();
              for (String line : footer) {
                assertThat(help.lines())
                    .as(CommandDocs.qualifiedName(command.getCommandSpec()))
                    .contains(line);
              }
            });
    // The examples that used to be cut at 80 columns.
    assertThat(CommandDocs.usage(DocsGenerator.commands().getSubcommands().get("resolve")))
        .contains(
            "\n  docker.io/balazsszeti/hello@sha256:"
                + "42957024b43e121a210a1b3a8a44f497233a2385f7ef48227a6866afdb9b8e1b\n");
  }

  @Test
  void completionsExample_namesZshsFolderVariable_notNull() {
    assertThat(CommandDocs.usage(DocsGenerator.commands().getSubcommands().get("completion")))
        .contains("  isctl completion zsh > \"${fpath[1]}/_isctl\"\n")
        .doesNotContain("null");
  }

  @Test
  void theExamplesWalkThroughTheArticlesFiveVariations() {
    String root = CommandDocs.usage(DocsGenerator.commands());

    assertThat(root)
        .contains(
            "myimage-ref-source:mytag",
            "myimage-ref-local:mytag",
            "myimage-reference:mytag",
            "myimage-internal:mytag",
            "# 5 from another stream");
  }

  @Test
  void aManPagePerCommand_fromTheSameHelp() throws Exception {
    DocsGenerator.writeManPages(dir, "1.2.3");

    try (var pages = Files.list(dir)) {
      assertThat(pages.map(p -> p.getFileName().toString()))
          .contains(
              "isctl.1",
              "isctl-tag.1",
              "isctl-resolve.1",
              "isctl-set-image-lookup.1",
              "isctl-shell.1",
              "isctl-completion.1")
          .doesNotContain("isctl-__complete.1");
    }
    String tag = Files.readString(dir.resolve("isctl-tag.1"));
    assertThat(tag)
        .startsWith(
            ".TH ISCTL\\-TAG 1 \"\" \"isctl 1.2.3\" \"isctl Manual\"\n.SH NAME\n"
                + "isctl\\-tag \\- Tag existing images into image streams.\n")
        .contains(
            ".SH SYNOPSIS\n.nf\nisctl tag [\\-\\-source=SOURCETYPE] SOURCE DEST [DEST ...] [options]\n")
        .contains(".TP\n\\fB\\-\\-reference\\-policy\\fR=\\fIsource|local\\fR\n")
        .contains(
            "isctl tag \\-\\-alias myimage\\-ref\\-source:mytag myimage\\-ref\\-source:latest")
        .contains(".SH EXIT STATUS\n.TP\n\\fB0\\fR\ntags written\n")
        .contains("\\fBisctl\\-resolve\\fR(1)");
    // No line may start with a dot that troff would take for a request.
    assertThat(
            tag.lines()
                .filter(
                    line -> line.startsWith(".") && !line.matches("\\.(TH|SH|TP|PP|nf|fi)\\b.*")))
        .isEmpty();
  }

  @Test
  void theReadmesCommandReference_isEachCommandsHelp() throws Exception {
    String readme = Files.readString(Fixtures.projectRoot().resolve("README.md"));

    assertThat(readme)
        .as("README.md is out of date: run scripts/update-readme.sh")
        .isEqualTo(DocsGenerator.withReference(readme));
    assertThat(readme)
        .contains("### `isctl set image-lookup`\n\n```text\nUsage: isctl set image-lookup");
  }
}
