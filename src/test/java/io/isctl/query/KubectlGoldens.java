package io.isctl.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What kubectl printed for the cases of kubectl-goldens.py (next to kubectl-goldens.json in the
 * test resources), and the documents it printed them from.
 */
final class KubectlGoldens {
  /** One run of {@code kubectl get}: its case and what kubectl printed. */
  record Case(String kind, String target, String template, String out, String err, int exit) {
    @Override
    public String toString() {
      return kind + " " + target + " " + template;
    }
  }

  private static final JsonNode GOLDEN = load();

  private KubectlGoldens() {}

  private static JsonNode load() {
    try (InputStream in = KubectlGoldens.class.getResourceAsStream("kubectl-goldens.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Case> cases(String kind) {
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : GOLDEN.get("cases")) {
      if (c.get("kind").asText().equals(kind)) {
        cases.add(
            new Case(
                c.get("kind").asText(),
                c.get("target").asText(),
                c.get("template").asText(),
                c.get("out").asText(),
                c.get("err").asText(),
                c.get("exit").asInt()));
      }
    }
    return cases;
  }

  /** The things kubectl listed, in the server's order. */
  static List<JsonNode> things() {
    List<JsonNode> things = new ArrayList<>();
    GOLDEN.get("things").forEach(things::add);
    return things;
  }

  /** The v1 List kubectl gets builds around the things. */
  static ObjectNode thingList() {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    list.putArray("items").addAll(things());
    list.put("kind", "List");
    list.putObject("metadata").put("resourceVersion", "");
    return list;
  }

  static JsonNode doc() {
    return GOLDEN.get("doc");
  }

  static JsonNode target(Case c) {
    return c.target().equals("doc") ? doc() : thingList();
  }
}
