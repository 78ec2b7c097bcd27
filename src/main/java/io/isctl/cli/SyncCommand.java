package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.OneLine;
import io.isctl.base.Printable;
import io.isctl.base.Sleeper;
import io.isctl.base.UsageException;
import io.isctl.ops.Shard;
import io.isctl.ops.SyncOperation;
import io.isctl.ops.SyncReport;
import io.isctl.ops.SyncRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isctl sync}: what the cluster's controllers do in the background, once (or every
 * interval).
 */
@Command(
    name = "sync",
    description = {
      "Do once what the cluster's controllers do in the background.",
      "",
      "Records images pushed to the integrated registry (reached through the ImageTagMirrorSet mirror that "
          + "config.yaml gives for its hostname; a new digest becomes the tag's newest history entry, and the "
          + "stream is created when missing), imports tags left pending (tag --offline, a changed source), "
          + "re-imports tags marked --scheduled (an unchanged one costs one HEAD request), and imports the whole "
          + "spec.dockerImageRepository of a stream not yet checked (no openshift.io/image.dockerRepositoryCheck "
          + "annotation), as import-image --all does.",
      "",
      "Prints one line per tag that changed; failures go to stderr. Like every command it works in the current "
          + "namespace: every stream of it, or only the NAMEs; -A, every namespace of the store and of the "
          + "integrated registry. On a terminal, stderr shows how many streams are done."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Pick up pushes and due imports in the current namespace",
      "  isctl sync",
      "",
      "  # Everywhere, as the cluster's controllers do",
      "  isctl sync -A",
      "",
      "  # What a pass would change, imports included, without writing it",
      "  isctl sync -A --dry-run",
      "",
      "  # Only two streams of namespace myproject, saying what did not change too",
      "  isctl sync -n myproject myimage-internal myimage-ref-source -v",
      "",
      "  # Keep going, every 30 seconds (the default, 15m, is OpenShift's)",
      "  isctl sync --watch --interval=30s",
      "",
      "  # A quarter of every namespace's streams: four of these at once (a CI matrix, an Indexed Job)",
      "  # do one pass",
      "  isctl sync -A --shard=1/4"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every import and registry read succeeded",
      "1:an import or a registry read failed",
      "2:bad arguments"
    })
final class SyncCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..*",
      description = "Streams of the current namespace.")
  List<String> names = List.of();

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "Every namespace, not only the current one.")
  boolean allNamespaces;

  @Mixin DryRunOption dryRun;
  @Mixin StreamObjectOutput output;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print tags that did not change (as --loglevel 1 or more).")
  boolean verbose;

  @Option(names = "--watch", description = "Repeat every --interval until interrupted.")
  boolean watch;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description = "Time between passes with --watch: 30s, 15m, 1h. Default: ${DEFAULT-VALUE}.")
  Duration interval;

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Only part I of N (0 <= I < N) of the streams, split by a stable hash of namespace/name: N "
              + "processes with 0/N to N-1/N together do one whole pass. Default: "
              + "$JOB_COMPLETION_INDEX/$JOB_COMPLETIONS when set (a Kubernetes Indexed Job), else all.")
  String shard;

  @Mixin RegistryConcurrency concurrency;

  SyncCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    output.requireObjectFormat("sync");
    if (watch && dryRun.mode().on()) {
      throw new UsageException("--dry-run and --watch may not be both specified");
    }
    if (allNamespaces && !names.isEmpty()) {
      throw new UsageException("a resource cannot be retrieved by name across all namespaces");
    }
    Session session = concurrency.applyTo(Session.of(spec, environment).writing(dryRun.mode()));
    SyncRequest request = new SyncRequest(names, session.namespace(), allNamespaces);
    boolean chatty = verbose || session.loglevel() >= 1;
    try (Progress progress = Progress.of(spec, session, "syncing", "streams")) {
      Consumer<String> stderr = progress.clearingFirst(Printer.stderr(spec));
      SyncOperation operation = session.syncOperation(stderr, progress, shard());
      if (!watch) {
        return print(operation.apply(request), chatty);
      }
      operation.watch(
          request,
          interval,
          Sleeper.system(),
          report -> print(report, chatty),
          e -> {
            spec.commandLine().getErr().println("error: " + OneLine.of(e.getMessage()));
            spec.commandLine().getErr().flush();
          });
    }
    return ExitCodes.OK;
  }

  /** --shard, else the part an Indexed Job's environment gives, else every stream. */
  private Shard shard() {
    return shard != null ? Shard.parse(shard) : Shard.fromIndexedJob(environment.variables());
  }

  private int print(SyncReport report, boolean chatty) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!output.print(out, report.streams())) {
      printChanges(out, report, chatty);
    }
    out.flush();
    if (chatty) {
      report.notes().forEach(note -> err.println("info: " + note));
    }
    // As import-image --all says it, always: the stream will not hold every tag of its repository.
    report
        .additionalTags()
        .forEach(
            skipped ->
                err.println(
                    "info: "
                        + skipped.stream()
                        + ": the remote repository "
                        + "contained "
                        + skipped.tags().size()
                        + " additional tags which were not imported: "
                        + Printable.escape(String.join(", ", skipped.tags()))));
    report.failures().forEach(failure -> err.println("error: " + OneLine.of(failure)));
    err.flush();
    return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** One line per tag that changed (and, chatty, each that did not), marked in a dry run. */
  private void printChanges(PrintWriter out, SyncReport report, boolean chatty) {
    for (SyncReport.TagChange change : report.changes()) {
      String line =
          switch (change.kind()) {
            case PUSHED -> change.streamTag() + ": " + change.image() + " (pushed)";
            case IMPORTED -> change.streamTag() + ": imported " + change.image();
            case FOLLOWED ->
                change.streamTag() + ": " + change.image() + " (follows " + change.source() + ")";
            case UNCHANGED -> chatty ? change.streamTag() + ": unchanged" : null;
          };
      if (line != null) {
        // References and tags come from registries: shown, never acted on by the terminal.
        out.println(Printable.escape(line) + dryRun.mode().suffix());
      }
    }
  }
}
