package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.ops.DryRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl project [NS]}: shows or sets the store's current namespace. */
@Command(
    name = "project",
    description = "Show the current namespace, or switch the store to another one.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Work in the article's namespace from now on",
      "  isctl project myproject",
      "  # Which namespace and store are in use",
      "  isctl project"
    })
final class ProjectCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(arity = "0..1", paramLabel = "NS", description = "The namespace to switch to.")
  String namespace;

  ProjectCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Session session = Session.of(spec, environment);
    var out = spec.commandLine().getOut();
    if (namespace == null) {
      session.reading();
      out.println(
          "Using project \""
              + session.namespace()
              + "\" in store \""
              + session.storePath()
              + "\".");
    } else {
      session.writing(DryRun.NONE).projectOperation().switchTo(namespace);
      out.println(
          "Now using project \"" + namespace + "\" in store \"" + session.storePath() + "\".");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
