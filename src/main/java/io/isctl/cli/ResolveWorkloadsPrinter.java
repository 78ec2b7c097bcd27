package io.isctl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.ExitCodes;
import io.isctl.base.Printable;
import io.isctl.ops.ResolveWorkloadsOperation;
import io.isctl.yaml.KubeJson;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code resolve -f}: runs the operation and prints the manifests, the summary or the JSON report.
 */
final class ResolveWorkloadsPrinter {
  private final CommandSpec spec;
  private final Session session;

  ResolveWorkloadsPrinter(CommandSpec spec, Session session) {
    this.spec = spec;
    this.session = session;
  }

  int run(
      List<String> filenames,
      boolean recursive,
      boolean inPlace,
      boolean strict,
      boolean explain,
      boolean json) {
    ResolveWorkloadsOperation operation = new ResolveWorkloadsOperation(session.api());
    ResolveWorkloadsOperation.Result result =
        operation.resolve(
            new ResolveWorkloadsOperation.Request(
                filenames, recursive, session.namespace(), session.cwd(), session.stdin()));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int problems = report(err, result);
    if (strict && problems > 0) {
      err.println(
          "error: "
              + problems
              + " image"
              + (problems == 1 ? "" : "s")
              + " or trigger"
              + (problems == 1 ? "" : "s")
              + " could not be resolved (--strict): nothing was "
              + (inPlace ? "written" : "printed"));
      err.flush();
      return ExitCodes.FAILED;
    }
    if (inPlace) {
      operation.writeChanged(result);
    }
    if (json) {
      out.print(KubeJson.write(json(result)));
    } else if (explain) {
      explain(out, result);
    } else if (!inPlace) {
      out.print(
          ManifestOutput.concat(
              result.outputs().stream().map(ResolveWorkloadsOperation.Output::text).toList()));
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * One line on stderr per image that could not be resolved and per trigger the controller refuses;
   * returns how many.
   */
  private static int report(PrintWriter err, ResolveWorkloadsOperation.Result result) {
    // Names, images and reasons come from the manifests and the store: escaped, one line each.
    for (ResolveWorkloadsOperation.Container c : result.unresolved()) {
      err.println(
          Printable.escape(
              c.source()
                  + ": "
                  + c.kind()
                  + "/"
                  + c.name()
                  + " "
                  + c.describe()
                  + ": "
                  + show(c.before())
                  + ": "
                  + c.reason()));
    }
    result.problems().forEach(problem -> err.println(Printable.escape(problem)));
    return result.unresolved().size() + result.problems().size();
  }

  private static void explain(PrintWriter out, ResolveWorkloadsOperation.Result result) {
    String object = null;
    for (ResolveWorkloadsOperation.Container c : result.containers()) {
      String header =
          c.source() + ": " + c.kind() + "/" + c.name() + " (namespace " + c.namespace() + ")";
      if (!header.equals(object)) {
        out.println(Printable.escape(header));
        object = header;
      }
      String before = c.before().isEmpty() ? "(no image)" : c.before();
      String line =
          switch (c.status()) {
            case CHANGED -> c.describe() + ": " + before + " -> " + c.after();
            case UNCHANGED -> c.describe() + ": " + before + " (unchanged)";
            case UNRESOLVED -> c.describe() + ": " + before + " (unresolved: " + c.reason() + ")";
          };
      out.println("  " + Printable.escape(line));
      for (ResolveWorkloadsOperation.Step step : c.steps()) {
        String change =
            step.from().equals(step.to())
                ? ""
                : " [" + show(step.from()) + " -> " + step.to() + "]";
        out.println(
            "    "
                + Printable.escape(
                    step.mechanism() + ": " + step.rule() + ": " + step.reason() + change));
      }
    }
  }

  private static String show(String image) {
    return image.isEmpty() ? "(no image)" : image;
  }

  private static ObjectNode json(ResolveWorkloadsOperation.Result result) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode items = root.putArray("containers");
    for (ResolveWorkloadsOperation.Container c : result.containers()) {
      ObjectNode item = items.addObject();
      item.put("file", c.source());
      item.put("kind", c.kind());
      item.put("name", c.name());
      item.put("namespace", c.namespace());
      item.put("container", c.container());
      item.put("init", c.init());
      item.put("image", c.before());
      item.put("resolved", c.after());
      item.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
      if (!c.reason().isEmpty()) {
        item.put("reason", c.reason());
      }
      ArrayNode steps = item.putArray("steps");
      for (ResolveWorkloadsOperation.Step s : c.steps()) {
        steps
            .addObject()
            .put("mechanism", s.mechanism())
            .put("rule", s.rule())
            .put("reason", s.reason())
            .put("from", s.from())
            .put("to", s.to());
      }
    }
    ArrayNode problems = root.putArray("problems");
    result.problems().forEach(problems::add);
    ArrayNode changed = root.putArray("changedFiles");
    result.outputs().stream()
        .filter(ResolveWorkloadsOperation.Output::changed)
        .forEach(o -> changed.add(o.manifest().name()));
    return root;
  }
}
