package io.isctl.cli;

import io.isctl.cli.complete.StoreCandidates;
import io.isctl.ops.TagOperation;
import io.isctl.ops.TagRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl tag}: oc's tag, on the store. */
@Command(
    name = "tag",
    customSynopsis = {
      "isctl tag [--source=SOURCETYPE] SOURCE DEST [DEST ...] [options]",
      "isctl tag -d DEST [DEST ...]"
    },
    description = {
      "Tag existing images into image streams.",
      "",
      "Takes an existing tag or image from an image stream, or a container image pull spec, and sets it as "
          + "the most recent image for a tag in one or more image streams. A container image is imported "
          + "from its registry (or left pending for 'isctl sync' when offline); a tag of another stream is "
          + "copied as the image it points at now, unless --alias makes the destination track it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # The article's five variations, in namespace myproject:",
      "  # 1 external: pinned by digest, pulled from the source registry",
      "  isctl tag docker.io/balazsszeti/hello:sleeper myproject/myimage-ref-source:mytag",
      "  # 2 external with pullthrough: pulled through the integrated registry",
      "  isctl tag docker.io/balazsszeti/hello:sleeper myproject/myimage-ref-local:mytag --reference-policy=local",
      "  # 3 reference: never imported, Pods pull the floating tag",
      "  isctl tag docker.io/balazsszeti/hello:sleeper myproject/myimage-reference:mytag --reference",
      "  # 5 from another stream: a copy of what the source tag points at now",
      "  isctl tag myproject/myimage-internal:mytag myproject/fromis-myimage-internal:mytag",
      "",
      "  # Make 'latest' follow 'mytag' in the same stream",
      "  isctl tag --alias myimage-ref-source:mytag myimage-ref-source:latest",
      "",
      "  # Remove a spec tag and its history",
      "  isctl tag -d myproject/myimage-ref-source:mytag",
      "",
      "  # What a tag would become, imported but not written",
      "  isctl tag docker.io/balazsszeti/hello:sleeper myimage-ref-source:mytag --dry-run -o yaml",
      "",
      "  # As an arm64 cluster would import a multi-arch image",
      "  isctl tag quay.io/myteam/app:1.0 app:1.0 --platform=linux/arm64"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:tags written",
      "1:a source or stream was not found, or an import failed (the tag is written all the same, "
          + "with the ImportSuccess=False condition)",
      "2:bad arguments or flags that may not go together"
    })
final class TagCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      paramLabel = "SOURCE DEST",
      arity = "0..*",
      completionCandidates = StoreCandidates.TagsAndImages.class,
      description = "The source, then one or more destinations.")
  List<String> args = List.of();

  @Option(
      names = "--source",
      paramLabel = "SOURCETYPE",
      completionCandidates = SourceTypes.class,
      description =
          "Source type hint: imagestreamtag (istag), imagestreamimage (isimage) or docker.")
  String source;

  @Option(
      names = {"-d", "--delete"},
      description = "Delete the given spec tags.")
  boolean delete;

  @Option(
      names = "--alias",
      description = "The destination tracks the source tag (same image stream only).")
  boolean alias;

  @Option(
      names = "--reference",
      description = "The destination keeps pulling from the source, never imported.")
  boolean reference;

  @Option(
      names = "--reference-policy",
      paramLabel = "source|local",
      defaultValue = "source",
      completionCandidates = ReferencePolicies.class,
      description =
          "'local' hands out the integrated registry's pull spec (pullthrough). Default: ${DEFAULT-VALUE}.")
  String referencePolicy;

  @Option(names = "--scheduled", description = "Re-import the container image periodically.")
  boolean scheduled;

  @Option(
      names = "--insecure",
      description = "The registry needs HTTP or has an unverified certificate.")
  boolean insecure;

  @Option(
      names = "--import-mode",
      paramLabel = "MODE",
      completionCandidates = ImportModes.class,
      description =
          "Legacy (one platform of a manifest list) or PreserveOriginal (the whole list).")
  String importMode;

  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH[/VARIANT]",
      description =
          "The platform a Legacy import picks from a manifest list, for this command only: instead of "
              + "the tag's importer.image.openshift.io/prefer-os and prefer-arch annotations and the "
              + "cluster's platform (config.yaml's control-plane Node, else linux/amd64).")
  String platform;

  @Mixin DryRunOption dryRun;
  @Mixin StreamObjectOutput output;
  @Mixin RegistryConcurrency concurrency;

  TagCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    output.requireObjectFormat("tag");
    Session session = concurrency.applyTo(Session.of(spec, environment));
    if (delete) {
      session.reading();
    }
    session.writing(dryRun.mode());
    TagRequest request =
        new TagRequest(
            args,
            source,
            delete,
            alias,
            reference,
            referencePolicy,
            scheduled,
            insecure,
            importMode,
            session.namespace(),
            dryRun.mode(),
            platform);
    return Printer.print(
        spec, new TagOperation(session.api(Printer.stderr(spec))).apply(request), output);
  }

  /** Values offered for --source. */
  static final class SourceTypes extends java.util.ArrayList<String> {
    SourceTypes() {
      super(List.of("docker", "istag", "isimage"));
    }
  }

  /** Values offered for --reference-policy. */
  static final class ReferencePolicies extends java.util.ArrayList<String> {
    ReferencePolicies() {
      super(List.of("source", "local"));
    }
  }

  /** Values offered for --import-mode. */
  static final class ImportModes extends java.util.ArrayList<String> {
    ImportModes() {
      super(List.of("Legacy", "PreserveOriginal"));
    }
  }
}
