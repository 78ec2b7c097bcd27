package io.isctl.cli;

import io.isctl.base.UsageException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl resolve}: the image reference a Pod gets. */
@Command(
    name = "resolve",
    description = {
      "Print the image reference a Pod would get for an image stream tag or image; with -f, the workloads "
          + "of manifests as the cluster would run them.",
      "",
      "--via=trigger (default): what a DeploymentConfig image-change trigger or an image.openshift.io/triggers "
          + "annotation writes into the workload. --via=lookup: what a Pod whose image is NAME:TAG gets through "
          + "the stream's lookupPolicy (same namespace only). --explain adds why, and answers the usual questions "
          + "for this tag: does it survive a registry outage, what happens when the source tag moves, can a plain "
          + "Pod use it, does a rollback bring the old image back.",
      "",
      "-f FILE|DIR|- reads Pods, Deployments, DeploymentConfigs, StatefulSets, DaemonSets, ReplicaSets, "
          + "ReplicationControllers, Jobs, CronJobs and PodTemplates (also in a kind: List, several documents "
          + "per file, folders of them) and applies, in the cluster's order, image-policy admission (local "
          + "lookup through lookupPolicy.local or the alpha.image.policy.openshift.io/resolve-names annotation), "
          + "then DeploymentConfig image-change triggers or the image.openshift.io/triggers annotation. It prints "
          + "the same YAML with only the image fields (and lastTriggeredImage) changed; --in-place rewrites the "
          + "files instead. Images that cannot be resolved are left as written and reported on stderr, one line "
          + "each (<file>: <kind>/<name> container <c>: <image>: <reason>); --strict makes them an error. "
          + "--explain prints which rule changed what instead of the YAML; -o json prints that as JSON."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Variation 1: pinned by digest in the source registry",
      "  isctl resolve myproject/myimage-ref-source:mytag",
      "  docker.io/balazsszeti/hello@sha256:42957024b43e121a210a1b3a8a44f497233a2385f7ef48227a6866afdb9b8e1b",
      "",
      "  # Variation 3 through lookup: the broken integrated-registry pull by tag",
      "  isctl resolve -n myproject myimage-reference:mytag --via=lookup",
      "",
      "  # Why, and the article's questions for the tag",
      "  isctl resolve myproject/myimage-ref-local:mytag --explain",
      "",
      "  # The manifests of a folder, as the cluster would run them",
      "  isctl resolve -n myproject -f k8s/",
      "",
      "  # Roll the store's current images into the manifests, failing on anything unresolved",
      "  isctl resolve -n myproject -f k8s/ --in-place --strict"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:resolved",
      "1:the stream is missing or the tag cannot be resolved (reason on stderr); with -f: a "
          + "file is unreadable, a workload is malformed, or --strict and an image is unresolved",
      "2:bad arguments"
    })
final class ResolveCommand implements Callable<Integer> {
  /** The mechanism --via names when not given (the front door's too). */
  static final String DEFAULT_VIA = "trigger";

  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME[:TAG]|NAME@ID",
      description =
          "The stream tag or image, optionally namespace/ first; NAME alone is NAME:latest, as a Pod's "
              + "image NAME is.")
  String target;

  @Option(
      names = {"-f", "--filename"},
      paramLabel = "FILE|DIR|-",
      description =
          "Manifests to resolve: a file, a folder of .yaml/.yml/.json files, or - for stdin. Repeatable.")
  List<String> filenames = new java.util.ArrayList<>();

  @Option(
      names = {"-R", "--recursive"},
      description = "With -f, walk folders recursively.")
  boolean recursive;

  @Option(
      names = "--in-place",
      description = "With -f, rewrite the files that change (atomically) instead of printing them.")
  boolean inPlace;

  @Option(
      names = "--strict",
      description = "With -f, fail (exit 1, nothing written) when an image cannot be resolved.")
  boolean strict;

  @Option(
      names = "--via",
      paramLabel = "trigger|lookup",
      defaultValue = ResolveCommand.DEFAULT_VIA,
      completionCandidates = Vias.class,
      description = "Which mechanism hands out the image. Default: ${DEFAULT-VALUE}.")
  String via;

  @Option(names = "--explain", description = "Explain the answer and the tag's behaviour.")
  boolean explain;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "json",
      converter = OutputFormat.Converter.class,
      completionCandidates = Vias.Json.class,
      description = "json: the answer as a JSON object.")
  OutputFormat output;

  ResolveCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (output != null && output != OutputFormat.JSON) {
      throw new UsageException("resolve supports -o json only");
    }
    if (!filenames.isEmpty()) {
      if (target != null) {
        throw new UsageException("a NAME:TAG and -f may not be given together");
      }
      if (spec.commandLine().getParseResult().hasMatchedOption("--via")) {
        throw new UsageException(
            "--via applies to NAME:TAG; -f applies every mechanism as the cluster does");
      }
      return new ResolveWorkloadsPrinter(spec, Session.of(spec, environment).reading())
          .run(filenames, recursive, inPlace, strict, explain, output == OutputFormat.JSON);
    }
    if (target == null) {
      throw new UsageException("a NAME:TAG, NAME@ID or -f is required");
    }
    if (inPlace || strict || recursive) {
      throw new UsageException("--in-place, --strict and -R apply to -f only");
    }
    return new ResolveTargetPrinter(
            Session.of(spec, environment), spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(target, via, explain, output == OutputFormat.JSON);
  }

  /** Values offered for --via. */
  static final class Vias extends java.util.ArrayList<String> {
    Vias() {
      super(List.of("trigger", "lookup"));
    }

    /** The one value offered for -o. */
    static final class Json extends java.util.ArrayList<String> {
      Json() {
        super(List.of("json"));
      }
    }
  }
}
