package io.isctl.cli;

import io.isctl.base.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isctl __complete -- WORD... CURRENT}: the candidates for the last word, one a line, then a
 * directive line. Hidden; the bash and zsh scripts call it on Tab, as kubectl's and oc's do, so
 * stream names and tags come from the store the typed line points at. The {@link FrontDoor} runs
 * the scripts' lines without picocli; this command, the others.
 */
@Command(
    name = CompleteCommand.NAME,
    hidden = true,
    description =
        "Print completion candidates for a partly typed command line (used by the shell scripts).")
final class CompleteCommand implements Callable<Integer> {
  static final String NAME = "__complete";

  private final Session.Environment environment;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "WORD",
      description = "The words after 'isctl', the last one being typed.")
  List<String> words = List.of();

  CompleteCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    TabCompletion.complete(TabCompletion.grammar(environment), Session.of(spec, environment), words)
        .print(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
