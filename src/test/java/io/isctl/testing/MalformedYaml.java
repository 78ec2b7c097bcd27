package io.isctl.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.yaml.KubeYaml;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generators of malformed YAML files of every shape: syntax errors, torn and flipped bytes, wrong
 * kinds and types, huge values, deep nesting, alias bombs, duplicate keys, bad UTF-8 and control
 * characters. Each says whether the result is certainly invalid ({@code mustFail}) or only likely
 * to be.
 */
public final class MalformedYaml {
  private static final String DIGEST = "sha256:" + "ab12".repeat(16);

  /** A valid stream {@code team/web} with one imported tag. */
  public static final String VALID_STREAM =
      """
      apiVersion: image.openshift.io/v1
      kind: ImageStream
      metadata:
        annotations:
          note: hello
        creationTimestamp: "2026-01-01T00:00:00Z"
        generation: 2
        name: web
        namespace: team
      spec:
        lookupPolicy:
          local: false
        tags:
        - annotations: null
          from:
            kind: DockerImage
            name: 127.0.0.1:9/team/web@%1$s
          generation: 2
          importPolicy:
            importMode: Legacy
          name: latest
          referencePolicy:
            type: Source
      status:
        dockerImageRepository: image-registry.openshift-image-registry.svc:5000/team/web
        tags:
        - items:
          - created: "2026-01-01T00:00:00Z"
            dockerImageReference: 127.0.0.1:9/team/web@%1$s
            generation: 2
            image: %1$s
          tag: latest
      """
          .formatted(DIGEST);

  /** A valid config.yaml: the cluster's Image resource and a tag mirror set. */
  public static final String VALID_CONFIG =
      """
      apiVersion: config.openshift.io/v1
      kind: Image
      metadata:
        name: cluster
      spec:
        registrySources:
          insecureRegistries:
          - 127.0.0.1:9
      status:
        internalRegistryHostname: registry.example:5000
        externalRegistryHostnames:
        - route.example.com
      ---
      apiVersion: config.openshift.io/v1
      kind: ImageTagMirrorSet
      metadata:
        name: mirrors
      spec:
        imageTagMirrors:
        - source: 127.0.0.1:9/team
          mirrors:
          - 127.0.0.1:9/mirror
      """;

  /** Field paths of the stream with the JSON type they must have. */
  private static final List<String[]> STREAM_FIELDS =
      List.of(
          new String[] {"metadata", "object"},
          new String[] {"metadata.name", "string"},
          new String[] {"metadata.namespace", "string"},
          new String[] {"metadata.generation", "integer"},
          new String[] {"metadata.annotations", "stringMap"},
          new String[] {"metadata.creationTimestamp", "string"},
          new String[] {"spec", "object"},
          new String[] {"spec.lookupPolicy", "object"},
          new String[] {"spec.lookupPolicy.local", "boolean"},
          new String[] {"spec.tags", "list"},
          new String[] {"spec.tags.0", "object"},
          new String[] {"spec.tags.0.name", "string"},
          new String[] {"spec.tags.0.from", "object"},
          new String[] {"spec.tags.0.from.kind", "string"},
          new String[] {"spec.tags.0.from.name", "string"},
          new String[] {"spec.tags.0.generation", "integer"},
          new String[] {"spec.tags.0.importPolicy", "object"},
          new String[] {"spec.tags.0.importPolicy.importMode", "string"},
          new String[] {"spec.tags.0.referencePolicy", "object"},
          new String[] {"spec.tags.0.referencePolicy.type", "string"},
          new String[] {"spec.tags.0.reference", "boolean"},
          new String[] {"status", "object"},
          new String[] {"status.dockerImageRepository", "string"},
          new String[] {"status.tags", "list"},
          new String[] {"status.tags.0", "object"},
          new String[] {"status.tags.0.tag", "string"},
          new String[] {"status.tags.0.items", "list"},
          new String[] {"status.tags.0.items.0", "object"},
          new String[] {"status.tags.0.items.0.image", "string"},
          new String[] {"status.tags.0.items.0.generation", "integer"},
          new String[] {"status.tags.0.items.0.created", "string"},
          new String[] {"status.tags.0.items.0.dockerImageReference", "string"});

  private static final List<String[]> CONFIG_FIELDS =
      List.of(
          new String[] {"spec", "object"},
          new String[] {"spec.registrySources", "object"},
          new String[] {"spec.registrySources.insecureRegistries", "list"},
          new String[] {"spec.registrySources.insecureRegistries.0", "string"},
          new String[] {"status", "object"},
          new String[] {"status.internalRegistryHostname", "string"},
          new String[] {"status.externalRegistryHostnames", "list"},
          new String[] {"status.externalRegistryHostnames.0", "string"});

  private static final List<String> BAD_LINES =
      List.of(
          "key: [unclosed",
          "key: {unclosed: 1",
          "key: \"unterminated",
          "\tkey: tab",
          "key: value: another",
          "key: 'single",
          "- a sequence item",
          "]",
          "}",
          "%YAML 1.1",
          "key: *undefined",
          "key: !!int notanumber",
          "key: !!binary ***",
          "key: !custom x",
          "? [complex]",
          "&anchor",
          "key: @reserved",
          "key: `reserved",
          "---",
          "...",
          "key: |\n bad",
          "key: >-2",
          ": no key");
  private static final List<String> YAML_TAGS =
      List.of(
          "!!binary",
          "!!set",
          "!!omap",
          "!!timestamp",
          "!!float",
          "!!python/object:os.system",
          "!!javax.script.ScriptEngineManager",
          "!<tag:yaml.org,2002:str>",
          "!local",
          "!!null");
  private static final List<String> ODD_STRINGS =
      List.of(
          "",
          " ",
          "../../etc/passwd",
          "UPPER:TAG",
          "sha256:zz",
          "@@",
          "not-a-time",
          "2026-13-45T99:99:99Z",
          "9999999999-01-01T00:00:00Z",
          "-1",
          "\u202eevil",
          "é",
          "a\u0000b",
          "a\nb",
          "x".repeat(5000),
          "http://127.0.0.1:9/x",
          "docker.io/library/x:1",
          "Pod",
          "ImageStreamImage",
          "Local",
          "PreserveOriginal",
          "latest",
          "web:latest",
          "web@" + DIGEST,
          "team/web:latest",
          "a:b:c");
  private static final List<String> ODD_NUMBERS =
      List.of(
          "-1", "0", "9223372036854775807", "-9223372036854775808", "0x7f", "0o17", "1_000", "+5");

  private MalformedYaml() {}

  /** One way to break a file. */
  public record Malformation(String label, boolean mustFail, Function<Random, byte[]> generator) {
    public byte[] generate(Random random) {
      return generator.apply(random);
    }
  }

  /** Malformations of {@link #VALID_STREAM}. */
  public static List<Malformation> forStream() {
    List<Malformation> all = new ArrayList<>(common(VALID_STREAM, STREAM_FIELDS, true));
    all.add(
        new Malformation(
            "wrong kind",
            true,
            r ->
                utf8(
                    VALID_STREAM.replace(
                        "kind: ImageStream",
                        "kind: "
                            + pick(
                                r,
                                List.of(
                                    "Deployment",
                                    "ImageStreamTag",
                                    "imagestream",
                                    "\"\"",
                                    "List",
                                    "Secret",
                                    "[]"))))));
    all.add(
        new Malformation(
            "no kind", true, r -> utf8(VALID_STREAM.replace("kind: ImageStream\n", ""))));
    all.add(
        new Malformation(
            "wrong apiVersion",
            true,
            r ->
                utf8(
                    VALID_STREAM.replace(
                        "apiVersion: image.openshift.io/v1",
                        "apiVersion: "
                            + pick(
                                r, List.of("apps/v1", "image.openshift.io/v2", "42", "[v1]"))))));
    all.add(
        new Malformation(
            "name or namespace of another file",
            true,
            r ->
                utf8(
                    r.nextBoolean()
                        ? VALID_STREAM.replace("name: web", "name: other")
                        : VALID_STREAM.replace("namespace: team", "namespace: prod"))));
    all.add(
        new Malformation(
            "document that is no ImageStream",
            true,
            r ->
                utf8(
                    pick(
                        r,
                        List.of(
                            "",
                            "# a comment\n",
                            "---\n",
                            "null\n",
                            "~\n",
                            "42\n",
                            "just text\n",
                            "- a\n- list\n",
                            "[1, 2]\n",
                            "{}\n",
                            "\"quoted\"\n",
                            VALID_STREAM + "---\n" + VALID_STREAM)))));
    all.add(new Malformation("random bytes", true, MalformedYaml::randomBytes));
    all.add(
        new Malformation(
            "generation out of range",
            true,
            r ->
                utf8(
                    VALID_STREAM.replace(
                        "generation: 2\n  name: web",
                        "generation: "
                            + pick(
                                r,
                                List.of(
                                    "99999999999999999999999",
                                    "1e400",
                                    "1.5",
                                    ".inf",
                                    ".nan",
                                    "0x1p3"))
                            + "\n  name: web"))));
    return all;
  }

  /** Malformations of {@link #VALID_CONFIG}. */
  public static List<Malformation> forConfig() {
    return common(VALID_CONFIG, CONFIG_FIELDS, false);
  }

  /** Contents of {@code .isctl/namespace} that name no valid namespace (and a few that might). */
  public static List<Malformation> forNamespaceFile() {
    return List.of(
        new Malformation(
            "path in the namespace file",
            true,
            r ->
                utf8(
                    pick(r, List.of("../../etc", "..", ".", "a/b", "/tmp", "..\\..", "team/../.."))
                        + "\n")),
        new Malformation(
            "invalid namespace",
            true,
            r ->
                utf8(
                    pick(
                        r,
                        List.of("UPPER", "a_b", "-a", "a.b", "x".repeat(64), "ns\nother", "é")))),
        new Malformation(
            "oversized namespace file", true, r -> utf8("a".repeat(1025 + r.nextInt(100_000)))),
        new Malformation("random bytes", false, MalformedYaml::randomBytes));
  }

  /**
   * What breaks any YAML file; {@code exactOrFail}: structural errors are certain failures for this
   * file.
   */
  private static List<Malformation> common(
      String valid, List<String[]> fields, boolean streamRules) {
    List<Malformation> all = new ArrayList<>();
    all.add(
        new Malformation(
            "bad line",
            false,
            r -> utf8(insertLine(r, valid, " ".repeat(r.nextInt(7)) + pick(r, BAD_LINES)))));
    all.add(
        new Malformation(
            "torn file",
            false,
            r -> {
              byte[] bytes = utf8(valid);
              return java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
            }));
    all.add(
        new Malformation(
            "flipped bytes",
            false,
            r -> {
              byte[] bytes = utf8(valid);
              for (int i = 1 + r.nextInt(5); i > 0; i--) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
              }
              return bytes;
            }));
    all.add(
        new Malformation(
            "wrong type",
            true,
            r -> {
              String[] field = pick(r, fields);
              return utf8(
                  withFirstDocument(valid, tree -> set(tree, field[0], wrongValue(r, field[1]))));
            }));
    all.add(
        new Malformation(
            "odd string value",
            false,
            r -> {
              String[] field = pick(r, fields.stream().filter(f -> f[1].equals("string")).toList());
              return utf8(
                  withFirstDocument(
                      valid,
                      tree ->
                          set(
                              tree,
                              field[0],
                              JsonNodeFactory.instance.textNode(pick(r, ODD_STRINGS)))));
            }));
    all.add(
        new Malformation(
            "odd number",
            false,
            r -> utf8(valid.replaceFirst("generation: 2", "generation: " + pick(r, ODD_NUMBERS)))));
    all.add(
        new Malformation(
            "YAML tag",
            false,
            r -> utf8(insertLine(r, valid, "  odd: " + pick(r, YAML_TAGS) + " x"))));
    all.add(
        new Malformation(
            "huge string",
            true,
            r -> utf8(valid.replaceFirst("name: ", "name: x" + "y".repeat(8_400_000)))));
    all.add(
        new Malformation(
            "oversized file",
            true,
            r -> {
              byte[] head = utf8(valid + "# ");
              byte[] bytes =
                  java.util.Arrays.copyOf(
                      head, (int) KubeYaml.MAX_INPUT_BYTES + 1 + r.nextInt(1000));
              java.util.Arrays.fill(bytes, head.length, bytes.length, (byte) 'x');
              return bytes;
            }));
    all.add(
        new Malformation(
            "deep nesting",
            true,
            r -> {
              int depth = 101 + r.nextInt(5000);
              String nested =
                  r.nextBoolean()
                      ? "[".repeat(depth) + "]".repeat(depth)
                      : "{a: ".repeat(depth) + "}".repeat(depth);
              return utf8(valid.replaceFirst("\nspec:\n", "\nspec:\n  deep: " + nested + "\n"));
            }));
    all.add(
        new Malformation(
            "alias bomb",
            true,
            r -> utf8(valid.replaceFirst("\nspec:\n", "\nspec:\n" + aliasBomb(r)))));
    all.add(new Malformation("duplicate key", true, r -> utf8(duplicateKeyLine(r, valid))));
    all.add(
        new Malformation(
            "invalid UTF-8",
            true,
            r ->
                insertBytes(
                    r,
                    utf8(valid),
                    pick(
                        r,
                        List.of(
                            new byte[] {(byte) 0xFF},
                            new byte[] {(byte) 0xC0, (byte) 0x80},
                            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                            new byte[] {
                              (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80
                            },
                            new byte[] {(byte) 0xE2, (byte) 0x82},
                            new byte[] {(byte) 0x80},
                            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})))));
    all.add(
        new Malformation(
            "UTF-16 or UTF-32",
            true,
            r -> {
              String text = (r.nextBoolean() ? "\uFEFF" : "") + valid;
              return text.getBytes(
                  pick(
                      r,
                      List.of(
                          StandardCharsets.UTF_16LE,
                          StandardCharsets.UTF_16BE,
                          java.nio.charset.Charset.forName("UTF-32"))));
            }));
    all.add(
        new Malformation(
            "control character",
            true,
            r -> {
              int c = pick(r, List.of(0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F));
              return insertBytes(r, utf8(valid), new byte[] {(byte) c});
            }));
    if (!streamRules) {
      all.add(new Malformation("random bytes", false, MalformedYaml::randomBytes));
    }
    return all;
  }

  private static String insertLine(Random r, String text, String line) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.add(r.nextInt(lines.size()), line);
    return String.join("\n", lines);
  }

  private static byte[] insertBytes(Random r, byte[] bytes, byte[] insert) {
    int at = r.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(insert);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  /** A {@code key: value} line repeated right after itself, in the same mapping. */
  private static String duplicateKeyLine(Random r, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains(":") && !line.strip().startsWith("-") && !line.startsWith("---")) {
        candidates.add(i);
      }
    }
    int at = pick(r, candidates);
    String line = lines.get(at);
    // A key whose value is a nested block gets an empty duplicate, which is still a duplicate key.
    lines.add(at + 1, line.endsWith(":") ? line + " {}" : line);
    return String.join("\n", lines);
  }

  /** The billion laughs, or many aliases of one big anchor, or a merge-key bomb. */
  private static String aliasBomb(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> {
        StringBuilder bomb =
            new StringBuilder("  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
          bomb.append("  l")
              .append(level)
              .append(": &l")
              .append(level)
              .append(" [")
              .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (level - 1))))
              .append("]\n");
        }
        yield bomb.toString();
      }
      case 1 ->
          "  big: &big ["
              + String.join(", ", java.util.Collections.nCopies(5000, "x"))
              + "]\n"
              + "  copies: ["
              + String.join(", ", java.util.Collections.nCopies(60, "*big"))
              + "]\n";
      default -> {
        StringBuilder bomb = new StringBuilder("  m0: &m0 {a: 1, b: 2, c: 3, d: 4}\n");
        for (int level = 1; level < 12; level++) {
          bomb.append("  m")
              .append(level)
              .append(": &m")
              .append(level)
              .append(" {<<: [")
              .append(String.join(", ", java.util.Collections.nCopies(8, "*m" + (level - 1))))
              .append("], k")
              .append(level)
              .append(": [*m")
              .append(level - 1)
              .append(", *m")
              .append(level - 1)
              .append("]}\n");
        }
        yield bomb.toString();
      }
    };
  }

  private static JsonNode wrongValue(Random r, String type) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> candidates =
        new ArrayList<>(
            List.of(
                f.textNode("text"),
                f.numberNode(42),
                f.numberNode(1.5),
                f.booleanNode(true),
                f.arrayNode(),
                f.objectNode()));
    ObjectNode nestedList = f.objectNode();
    nestedList.set("a", f.arrayNode().add(1));
    ObjectNode nestedMap = f.objectNode();
    nestedMap.set("a", f.objectNode().put("b", "c"));
    switch (type) {
      case "string" -> candidates.removeIf(JsonNode::isTextual);
      case "integer" -> candidates.removeIf(JsonNode::isIntegralNumber);
      case "boolean" -> candidates.removeIf(JsonNode::isBoolean);
      case "object" -> candidates.removeIf(JsonNode::isObject);
      case "list" -> candidates.removeIf(JsonNode::isArray);
      case "stringMap" -> {
        candidates.removeIf(JsonNode::isObject);
        candidates.addAll(List.of(nestedList, nestedMap, f.objectNode().put("n", 1)));
      }
      default -> throw new IllegalArgumentException(type);
    }
    return pick(r, candidates);
  }

  /**
   * The text with its first document's tree changed and written back (later documents kept as they
   * are).
   */
  private static String withFirstDocument(
      String text, java.util.function.Consumer<ObjectNode> change) {
    int split = text.indexOf("\n---\n");
    String first = split < 0 ? text : text.substring(0, split + 1);
    ObjectNode tree = (ObjectNode) KubeYaml.read(first, "valid");
    change.accept(tree);
    return KubeYaml.write(tree) + (split < 0 ? "" : text.substring(split + 1));
  }

  /** Sets a dotted path ({@code spec.tags.0.name}) in the tree. */
  private static void set(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (node.isArray()) {
      ((ArrayNode) node).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) node).set(last, value);
    }
  }

  private static byte[] randomBytes(Random r) {
    byte[] bytes = new byte[1 + r.nextInt(4096)];
    r.nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
