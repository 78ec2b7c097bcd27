package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.Failures;
import io.isctl.base.IsctlException;
import io.isctl.cli.print.Listing;
import io.isctl.ops.GetOperation;
import io.isctl.ops.GetRequest;
import io.isctl.ops.TemplateFiles;
import io.isctl.query.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isctl get TYPE[,TYPE...] [NAME...]} or {@code get TYPE/NAME...}: oc's tables, or the
 * objects in YAML, JSON, JSONPath or custom columns.
 */
@Command(
    name = "get",
    description = {
      "Display image streams (is), image stream tags (istag) or images (isimage).",
      "",
      "As kubectl get: several types at once (is,istag), TYPE/NAME forms, -A for every namespace,"
          + " -l to select by label, --sort-by, and -o jsonpath or custom-columns with kubectl's"
          + " JSONPath. A name that is not found is reported and the others are still shown (exit"
          + " 1). Image stream images cannot be listed, only got by NAME@ID."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  isctl get is -n myproject",
      "  isctl get is myimage-ref-source -o yaml",
      "  isctl get is -o wide          # with the image each tag hands to Pods",
      "  isctl get istag myimage-ref-local:mytag -o json",
      "",
      "  # Every namespace, with labels; or only the streams built in the cluster",
      "  isctl get is -A --show-labels",
      "  isctl get is -l build",
      "",
      "  # Streams and tags together; one of each by name",
      "  isctl get is,istag",
      "  isctl get is/myimage-internal istag/myimage-internal:mytag -o name",
      "",
      "  # The image each tag points at, one per line",
      "  isctl get istag -o jsonpath='{range .items[*]}{.metadata.name}{\"\\t\"}{.image.dockerImageReference}{\"\\n\"}{end}'",
      "",
      "  # Columns of your own, oldest tag first",
      "  isctl get istag -o custom-columns=TAG:.metadata.name,CREATED:.metadata.creationTimestamp --sort-by=.metadata.creationTimestamp"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:not found", "2:bad arguments"})
final class GetCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      index = "0",
      paramLabel = "TYPE",
      completionCandidates = ResourceKind.Candidates.class,
      description = "is, istag or isimage; several with commas (is,istag); or TYPE/NAME.")
  String type;

  @Parameters(
      index = "1..*",
      paramLabel = "NAME",
      completionCandidates = ResourceKind.Names.class,
      description = "Names (NAME, NAME:TAG or NAME@ID), or more TYPE/NAME.")
  List<String> names = List.of();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = GetOutput.Converter.class,
      completionCandidates = GetOutput.Candidates.class,
      description =
          "yaml, json, name, wide, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE,"
              + " custom-columns=HEADER:PATH,... or custom-columns-file=FILE.")
  GetOutput output;

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "List the objects of every namespace (a NAMESPACE column comes first).")
  boolean allNamespaces;

  @Option(
      names = {"-l", "--selector"},
      paramLabel = "SELECTOR",
      description =
          "Only objects whose labels match, as kubectl reads it: a=b,c!=d,e in (x,y),!f; an image"
              + " stream tag has its stream's labels.")
  String selector;

  @Option(
      names = "--sort-by",
      paramLabel = "PATH",
      description = "Order the objects by a JSONPath field, e.g. .metadata.creationTimestamp.")
  String sortBy;

  @Option(names = "--show-labels", description = "Add each object's labels as the last column.")
  boolean showLabels;

  @Option(names = "--no-headers", description = "Leave out the header line of tables.")
  boolean noHeaders;

  GetCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ResourceArgs args = ResourceArgs.parse(type, names);
    Optional<LabelSelector> labels =
        selector == null ? Optional.empty() : Optional.of(LabelSelector.parse(selector));
    Session session = Session.of(spec, environment).reading();
    String template = template(session);
    String namespace = session.namespace();
    GetOperation get = new GetOperation(session.api());
    boolean wide = output != null && output.format() == GetOutput.Format.WIDE;
    List<GetPrinter.Entry> entries = new ArrayList<>();
    List<IsctlException> failures = new ArrayList<>();
    for (ResourceArgs.Request request : args.requests()) {
      if (request.names().isEmpty()) {
        add(
            entries,
            request.kind(),
            find(
                get,
                request.kind(),
                new GetRequest(List.of(), namespace, allNamespaces, labels, wide)));
        continue;
      }
      for (String name : request.names()) {
        GetRequest one = new GetRequest(List.of(name), namespace, allNamespaces, labels, wide);
        try {
          add(entries, request.kind(), find(get, request.kind(), one));
        } catch (IsctlException e) {
          // kubectl goes on with the other names; one name asked for fails on its own.
          if (args.singleItem() || e.exitCode() == ExitCodes.USAGE) {
            throw e;
          }
          failures.add(e);
        }
      }
    }
    GetPrinter.Options options =
        new GetPrinter.Options(
            output,
            template,
            allNamespaces,
            showLabels,
            noHeaders,
            sortBy,
            args.singleItem(),
            !environment.stdoutTerminal());
    GetPrinter printer =
        new GetPrinter(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    printer.print(entries, namespace, session.clock().instant(), !failures.isEmpty());
    if (!failures.isEmpty()) {
      throw new Failures(failures);
    }
    return ExitCodes.OK;
  }

  /** The template of a jsonpath or custom-columns format, read from its file for the -file ones. */
  private String template(Session session) {
    if (output == null) {
      return "";
    }
    return switch (output.format()) {
      case JSONPATH_FILE, CUSTOM_COLUMNS_FILE ->
          TemplateFiles.read(session.cwd(), output.template());
      default -> output.template();
    };
  }

  private static Listing find(GetOperation get, ResourceKind kind, GetRequest request) {
    return switch (kind) {
      case IMAGE_STREAM -> Listing.streams(get.streams(request));
      case IMAGE_STREAM_TAG -> Listing.tags(get.tags(request));
      case IMAGE_STREAM_IMAGE -> Listing.images(get.images(request));
    };
  }

  private static void add(List<GetPrinter.Entry> entries, ResourceKind kind, Listing listing) {
    for (int i = 0; i < listing.size(); i++) {
      entries.add(new GetPrinter.Entry(kind, listing, i));
    }
  }
}
