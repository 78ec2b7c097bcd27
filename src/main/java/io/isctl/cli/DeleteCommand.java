package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.UsageException;
import io.isctl.ops.DeleteOperation;
import io.isctl.ops.DryRun;
import io.isctl.query.LabelSelector;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl delete is NAME...}: removes streams from the store. */
@Command(
    name = "delete",
    description = {
      "Delete image streams (their files in the store).",
      "",
      "As kubectl deletes: every stream named that exists is deleted, and each name that is not found is "
          + "an error (exit 1) unless --ignore-not-found. --all deletes every stream of the namespace, -l "
          + "those whose labels match (none: 'No resources found'). The Images of the streams stay, as on "
          + "a cluster until they are pruned."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  isctl delete is myimage-ref-source -n myproject",
      "",
      "  # Whether or not it is there",
      "  isctl delete is myimage-ref-source --ignore-not-found",
      "",
      "  # The streams built in the cluster (labelled build=...)",
      "  isctl delete is -l build",
      "",
      "  # What --all would delete, deleting nothing",
      "  isctl delete is --all --dry-run"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deleted (or not found, with --ignore-not-found)",
      "1:a stream was not found",
      "2:bad arguments"
    })
final class DeleteCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      index = "0",
      paramLabel = "TYPE",
      completionCandidates = ResourceKind.Candidates.class,
      description = "is.")
  String type;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "NAME",
      completionCandidates = ResourceKind.Names.class,
      description = "Stream names.")
  List<String> names = List.of();

  @Option(names = "--all", description = "Delete every image stream of the namespace.")
  boolean all;

  @Option(
      names = {"-l", "--selector"},
      paramLabel = "SELECTOR",
      description =
          "Delete the image streams of the namespace whose labels match, as kubectl reads it:"
              + " a=b,c!=d,e in (x,y),!f.")
  String selector;

  @Option(
      names = "--ignore-not-found",
      description = "A name that is not found is not an error (exit 0, nothing printed for it).")
  boolean ignoreNotFound;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "name",
      description = "name: print TYPE/NAME of each stream deleted, as kubectl delete -o name.")
  String output;

  @Mixin DryRunOption dryRun;

  DeleteCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (ResourceKind.parse(type) != ResourceKind.IMAGE_STREAM) {
      throw new UsageException(
          "delete supports image streams only; use 'isctl tag -d NAME:TAG' to delete a tag");
    }
    if (output != null && !output.equals("name")) {
      throw new UsageException(
          "unable to match a printer suitable for the output format \""
              + output
              + "\", allowed formats are: name");
    }
    Optional<LabelSelector> labels =
        selector == null ? Optional.empty() : Optional.of(LabelSelector.parse(selector));
    DryRun mode = dryRun.mode();
    Session session = Session.of(spec, environment).reading().writing(mode);
    DeleteOperation.Outcome outcome =
        session
            .deleteOperation()
            .delete(
                new DeleteOperation.Request(
                    session.namespace(), names, all, labels, ignoreNotFound));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!outcome.selected()) {
      out.println("No resources found");
    }
    for (String name : outcome.deleted()) {
      out.println(
          output != null
              ? ResourceKind.IMAGE_STREAM.qualifiedName() + "/" + name
              : ResourceKind.IMAGE_STREAM.qualifiedName()
                  + " \""
                  + name
                  + "\" deleted"
                  + mode.suffix());
    }
    out.flush();
    outcome.notFound().forEach(message -> err.println("error: " + message));
    err.flush();
    return outcome.notFound().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
