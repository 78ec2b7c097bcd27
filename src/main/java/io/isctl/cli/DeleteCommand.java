package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.UsageException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl delete is NAME...}: removes streams from the store. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Delete image streams (their files in the store).",
    footerHeading = "%nExamples:%n",
    footer = {"  isctl delete is myimage-ref-source -n myproject"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:deleted", "1:not found", "2:bad arguments"})
final class DeleteCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(
      index = "0",
      paramLabel = "TYPE",
      completionCandidates = ResourceKind.Candidates.class,
      description = "is.")
  String type;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "NAME",
      completionCandidates = ResourceKind.Names.class,
      description = "Stream names.")
  List<String> names;

  DeleteCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (ResourceKind.parse(type) != ResourceKind.IMAGE_STREAM) {
      throw new UsageException(
          "delete supports image streams only; use 'isctl tag -d NAME:TAG' to delete a tag");
    }
    Session session = Session.of(spec, environment);
    PrintWriter out = spec.commandLine().getOut();
    session
        .deleteOperation()
        .delete(
            session.namespace(),
            names,
            name -> out.println("imagestream.image.openshift.io \"" + name + "\" deleted"));
    out.flush();
    return ExitCodes.OK;
  }
}
