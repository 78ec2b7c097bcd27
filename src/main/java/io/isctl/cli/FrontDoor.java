package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.cli.spec.CommandGrammar;
import java.io.PrintWriter;
import java.util.List;

/**
 * The hot command lines without picocli: {@code isctl version}, a plain {@code isctl resolve
 * NAME:TAG}, and the Tab completion's {@code isctl __complete}. picocli's class initialisation and
 * the assembly of a command's spec were about half of such a run's time beyond the JVM's own start;
 * these lines need neither. The door reads only the grammar of {@link HotLine} and declines
 * anything else, which picocli then reads as before. What a taken line prints and returns is the
 * commands' own code ({@link VersionOutput}, {@link ResolveTargetPrinter}, {@link TabCompletion},
 * {@link FailureReport}): {@code FrontDoorParityTest} runs many lines both ways and compares every
 * byte.
 */
final class FrontDoor {
  /** What {@link #run} returns for a line it leaves to picocli (exit codes are 0 to 255). */
  static final int DECLINED = -1;

  /** The system properties {@link Cli} sets for picocli; any other may change its parsing. */
  private static final List<String> OWN_PICOCLI_PROPERTIES =
      List.of("picocli.converters.excludes", "picocli.disable.closures");

  private FrontDoor() {}

  /** Runs {@code args} and returns the exit code, or {@link #DECLINED}. */
  static int run(Session.Environment environment, PrintWriter out, PrintWriter err, String[] args) {
    if (!CommandGrammar.isBundled() || picocliConfigured()) {
      return DECLINED;
    }
    HotLine line = HotLine.read(args);
    if (line == null) {
      return DECLINED;
    }
    return switch (line.command()) {
      case VERSION -> version(line, out, err);
      case RESOLVE -> resolve(line, environment, out, err);
      case COMPLETE -> complete(line, environment, out, err);
    };
  }

  private static int version(HotLine line, PrintWriter out, PrintWriter err) {
    try {
      VersionOutput.print(out, line.output());
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      return FailureReport.report(e, err, "isctl version", false);
    }
  }

  private static int resolve(
      HotLine line, Session.Environment environment, PrintWriter out, PrintWriter err) {
    try {
      return new ResolveTargetPrinter(Session.of(line.globals(), environment, err), out, err)
          .run(line.target(), line.via(), line.explain(), line.json());
    } catch (RuntimeException e) {
      return FailureReport.report(e, err, "isctl resolve", false);
    }
  }

  private static int complete(
      HotLine line, Session.Environment environment, PrintWriter out, PrintWriter err) {
    try {
      Session session = Session.of(line.globals(), environment, err);
      TabCompletion.complete(CommandGrammar.bundled().orElseThrow(), session, line.words())
          .print(out);
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      return FailureReport.report(e, err, "isctl " + CompleteCommand.NAME, false);
    }
  }

  /**
   * Whether a {@code picocli.*} system property other than isctl's own is set (tracing, quote
   * trimming, @file syntax...), which may make picocli read a line otherwise.
   */
  private static boolean picocliConfigured() {
    for (Object name : System.getProperties().keySet()) {
      if (name instanceof String property
          && property.startsWith("picocli.")
          && !OWN_PICOCLI_PROPERTIES.contains(property)) {
        return true;
      }
    }
    return false;
  }
}
