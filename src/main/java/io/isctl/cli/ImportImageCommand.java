package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.OneLine;
import io.isctl.base.Printable;
import io.isctl.cli.print.ImageDescriber;
import io.isctl.cli.print.StreamDescriber;
import io.isctl.ops.ImageApiServer;
import io.isctl.ops.ImportImageOperation;
import io.isctl.ops.ImportImageRequest;
import io.isctl.ops.StreamView;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl import-image}: oc's import-image, against real registries. */
@Command(
    name = "import-image",
    description = {
      "Import images from a container registry into an image stream tag, as the cluster would.",
      "",
      "Re-imports an existing tag from where it points; with --from and --confirm, creates the stream or "
          + "changes the source. --all imports every tag of a repository (at most 50, in OpenShift's order). "
          + "Tags point at the image by digest afterwards; failures are recorded as ImportSuccess=False "
          + "conditions on the tag. On a terminal, stderr shows how many tags are done."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Variation 1: create a stream whose tag pins an external image by digest",
      "  isctl import-image myproject/myimage-ref-source:mytag --from=docker.io/balazsszeti/hello:sleeper --confirm",
      "",
      "  # Variation 2: the same with pullthrough",
      "  isctl import-image myproject/myimage-ref-local:mytag --from=docker.io/balazsszeti/hello:sleeper "
          + "--confirm --reference-policy=local",
      "",
      "  # Pick up a tag that moved in its registry",
      "  isctl import-image myimage-ref-source:mytag",
      "",
      "  # Every tag of a repository",
      "  isctl import-image mystream --from=quay.io/myteam/app --all --confirm",
      "",
      "  # What an import would record, without writing it",
      "  isctl import-image myimage-ref-source:mytag --dry-run -o yaml"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported",
      "1:the stream is missing or an image failed to import",
      "2:bad arguments"
    })
final class ImportImageCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      paramLabel = "IMAGESTREAM[:TAG]",
      description = "The stream (optionally namespace/) and tag.")
  String target;

  @Option(
      names = "--from",
      paramLabel = "IMAGE",
      description = "The source repository or pull spec.")
  String from;

  @Option(names = "--confirm", description = "Create the stream, or change where it imports from.")
  boolean confirm;

  @Option(names = "--all", description = "Import every tag of the source repository.")
  boolean all;

  @Option(names = "--scheduled", description = "Re-import the tags periodically ('isctl sync').")
  boolean scheduled;

  @Option(
      names = "--insecure",
      arity = "0..1",
      fallbackValue = "true",
      description = "The registry needs HTTP or has an unverified certificate.")
  Boolean insecure;

  @Option(
      names = "--reference-policy",
      paramLabel = "source|local",
      defaultValue = "source",
      completionCandidates = TagCommand.ReferencePolicies.class,
      description =
          "'local' hands out the integrated registry's pull spec. Default: ${DEFAULT-VALUE}.")
  String referencePolicy;

  @Option(
      names = "--import-mode",
      paramLabel = "MODE",
      defaultValue = "Legacy",
      completionCandidates = TagCommand.ImportModes.class,
      description =
          "Legacy (one platform of a manifest list) or PreserveOriginal. Default: ${DEFAULT-VALUE}.")
  String importMode;

  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH[/VARIANT]",
      description =
          "The platform a Legacy import picks from a manifest list, for this command only: instead of "
              + "the tags' importer.image.openshift.io/prefer-os and prefer-arch annotations and the "
              + "cluster's platform (config.yaml's control-plane Node, else linux/amd64).")
  String platform;

  @Mixin DryRunOption dryRun;
  @Mixin StreamObjectOutput output;

  @Mixin RegistryConcurrency concurrency;

  ImportImageCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    output.requireObjectFormat("import-image");
    Session session = concurrency.applyTo(Session.of(spec, environment).writing(dryRun.mode()));
    ImportImageRequest request =
        new ImportImageRequest(
            target,
            from,
            confirm,
            all,
            scheduled,
            insecure,
            referencePolicy,
            importMode,
            dryRun.mode(),
            session.namespace(),
            platform);
    ImportImageOperation operation;
    ImportImageOperation.Outcome outcome;
    try (Progress progress = Progress.of(spec, session, "importing", "tags")) {
      ImageApiServer api = session.api(progress.clearingFirst(Printer.stderr(spec)));
      operation = new ImportImageOperation(api, progress);
      outcome = operation.apply(request);
    }
    print(operation, outcome, session.clock().instant());
    return outcome.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /**
   * oc's image part: each imported tag's Image described, after a blank line, when isctl has the
   * Image (a stream imported before Images were kept has none, and its output stays as it was).
   */
  private void printImages(
      String stream, List<ImportImageOperation.TaggedImage> images, Instant now) {
    PrintWriter out = spec.commandLine().getOut();
    for (ImportImageOperation.TaggedImage tagged : images) {
      out.println();
      out.print(ImageDescriber.describe(tagged.image(), stream + ":" + tagged.tag(), now));
    }
    if (!images.isEmpty()) {
      out.println();
    }
  }

  private void print(
      ImportImageOperation operation, ImportImageOperation.Outcome outcome, Instant now) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var stream = outcome.stream();
    if (!output.print(out, stream)) {
      String verb = outcome.failures().isEmpty() ? "imported" : "imported with errors";
      out.println(
          "imagestream.image.openshift.io/"
              + stream.name()
              + " "
              + verb
              + outcome.dryRun().suffix());
      out.println();
      out.print(
          StreamDescriber.describe(
              StreamView.withPodImages(stream).withPlatforms(operation::image), now));
      printImages(stream.name(), operation.images(outcome), now);
    }
    out.flush();
    outcome.failures().forEach(failure -> err.println("error: " + OneLine.of(failure)));
    if (!outcome.additionalTags().isEmpty()) {
      err.println(
          "info: The remote repository contained "
              + outcome.additionalTags().size()
              + " additional tags which were not imported: "
              + Printable.escape(String.join(", ", outcome.additionalTags())));
    }
    if (!outcome.failures().isEmpty()) {
      err.println("error: imported completed with errors");
    }
    err.flush();
  }
}
