package io.isctl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.ExitCodes;
import io.isctl.base.Printable;
import io.isctl.ops.ResolveOperation;
import io.isctl.ops.ResolveRequest;
import io.isctl.yaml.KubeJson;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code isctl resolve NAME[:TAG]|NAME@ID}: resolves the target against the store and prints the
 * answer, for {@link ResolveCommand} and the {@link FrontDoor} alike.
 */
final class ResolveTargetPrinter {
  private final Session session;
  private final PrintWriter out;
  private final PrintWriter err;

  ResolveTargetPrinter(Session session, PrintWriter out, PrintWriter err) {
    this.session = session;
    this.out = out;
    this.err = err;
  }

  /**
   * Prints the image (with {@code explain}, why; with {@code json}, the answer as JSON) and returns
   * the exit code; an answer that is not resolved is one {@code error:} line.
   */
  int run(String target, String via, boolean explain, boolean json) {
    session.reading();
    ResolveOperation.Answer answer =
        new ResolveOperation(session.api())
            .resolve(new ResolveRequest(target, via, explain, session.namespace()));
    if (json) {
      // A failure prints no document (README, "Output formats"): the reason is the error line.
      if (answer.resolved()) {
        out.print(KubeJson.write(json(answer)));
      }
    } else if (answer.resolved()) {
      // The reference comes from the store: shown, never acted on by the terminal.
      out.println(Printable.escape(answer.image()));
      if (explain) {
        printExplanation(answer);
      }
    } else if (explain) {
      printExplanation(answer);
    }
    out.flush();
    if (!answer.resolved()) {
      err.println("error: " + answer.reason());
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  /** The explanation; what it quotes of the store (references, messages) is escaped. */
  private void printExplanation(ResolveOperation.Answer answer) {
    String what = answer.tag().isEmpty() ? "@" + answer.id() : ":" + answer.tag();
    out.println();
    out.println(Printable.escape(answer.namespace() + "/" + answer.stream() + what));
    for (ResolveOperation.Explanation fact : answer.facts()) {
      out.println(
          Printable.escape(String.format("  %-10s %s", fact.question() + ":", fact.answer())));
    }
    out.println(
        Printable.escape(
            String.format(
                "  %-10s %s (%s: %s)",
                answer.via() + ":", answer.image(), answer.rule(), answer.reason())));
    if (!answer.questions().isEmpty()) {
      out.println();
      for (ResolveOperation.Explanation question : answer.questions()) {
        out.println("  " + Printable.escape(question.question()));
        out.println("    " + Printable.escape(question.answer()));
      }
    }
  }

  private static ObjectNode json(ResolveOperation.Answer answer) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("namespace", answer.namespace());
    node.put("stream", answer.stream());
    if (!answer.tag().isEmpty()) {
      node.put("tag", answer.tag());
    } else {
      node.put("id", answer.id());
    }
    node.put("via", answer.via());
    node.put("resolved", answer.resolved());
    node.put("image", answer.image());
    node.put("rule", answer.rule());
    node.put("reason", answer.reason());
    putAnswers(node, "facts", answer.facts());
    putAnswers(node, "questions", answer.questions());
    return node;
  }

  private static void putAnswers(
      ObjectNode node, String field, List<ResolveOperation.Explanation> answers) {
    if (answers.isEmpty()) {
      return;
    }
    ArrayNode array = node.putArray(field);
    for (ResolveOperation.Explanation answer : answers) {
      array
          .addObject()
          .put(field.equals("facts") ? "name" : "question", answer.question())
          .put(field.equals("facts") ? "value" : "answer", answer.answer());
    }
  }
}
