package io.isctl.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Builds Jackson trees from YAML text as Kubernetes reads it (yaml.v2 into untyped values, then
 * JSON), while refusing what an untrusted file should not do: duplicate keys, deep nesting, alias
 * bombs, oversized input.
 */
final class YamlTreeReader {
  static final int MAX_DEPTH = 100;
  static final int MAX_COLLECTION_ALIASES = 50;

  /** Nodes that alias expansion may copy in one stream. */
  static final int MAX_ALIAS_NODES = 100_000;

  static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private static final ScalarEventYamlFactory FACTORY = newFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ScalarEventYamlFactory.EventParser parser;
  private final String source;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private int collectionAliases;
  private long aliasNodes;

  private YamlTreeReader(ScalarEventYamlFactory.EventParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  private static ScalarEventYamlFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    // Duplicates are found while building the tree, which can name the key and tell merges apart.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return new ScalarEventYamlFactory(YAMLFactory.builder().loaderOptions(options));
  }

  /** All documents of the stream that are not empty (or null), in order. */
  static List<JsonNode> readAll(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.length() > MAX_CODE_POINTS
        && body.codePointCount(0, body.length()) > MAX_CODE_POINTS) {
      // Fail before the scanner spends seconds on input it would reject at the end anyway.
      throw new YamlException(
          source, "document exceeds the limit of " + MAX_CODE_POINTS + " code points");
    }
    try (ScalarEventYamlFactory.EventParser parser =
        (ScalarEventYamlFactory.EventParser) FACTORY.createParser(new StringReader(body))) {
      YamlTreeReader reader = new YamlTreeReader(parser, source);
      List<JsonNode> documents = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        JsonNode document = reader.value(t, 0);
        // Anchors do not reach across documents.
        reader.anchors.clear();
        if (!document.isNull()) {
          documents.add(document);
        }
      }
      return documents;
    } catch (YamlException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw translate(e, source, body);
    }
  }

  private JsonNode value(JsonToken token, int depth) throws IOException {
    Event event = parser.lastEvent();
    if (token == null) {
      throw new YamlException(source, "unexpected end of input");
    }
    return switch (token) {
      case START_OBJECT -> mapping(event, depth + 1);
      case START_ARRAY -> sequence(event, depth + 1);
      case VALUE_STRING ->
          parser.isCurrentAlias() ? alias((AliasEvent) event) : scalar((ScalarEvent) event);
      default -> throw error(event, "unexpected " + token);
    };
  }

  private ObjectNode mapping(Event start, int depth) throws IOException {
    checkDepth(start, depth);
    ObjectNode map = NODES.objectNode();
    Set<String> explicitKeys = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      ScalarEvent keyEvent = (ScalarEvent) parser.lastEvent();
      boolean merge = isMergeKey(keyEvent);
      String key = merge ? null : keyText(keyEvent);
      JsonNode value = value(parser.nextToken(), depth);
      if (merge) {
        merge(map, value, keyEvent);
      } else if (!explicitKeys.add(key)) {
        throw error(keyEvent, "duplicate key " + quote(key));
      } else {
        map.set(key, value);
      }
    }
    remember(start, map);
    return map;
  }

  private ArrayNode sequence(Event start, int depth) throws IOException {
    checkDepth(start, depth);
    ArrayNode seq = NODES.arrayNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      seq.add(value(t, depth));
    }
    remember(start, seq);
    return seq;
  }

  private JsonNode scalar(ScalarEvent event) {
    JsonNode value = YamlScalarTypes.value(event, source);
    remember(event, value);
    return value;
  }

  private String keyText(ScalarEvent event) {
    if (event.getAnchor() != null) {
      remember(event, YamlScalarTypes.value(event, source));
    }
    return YamlScalarTypes.key(event, source);
  }

  private void checkDepth(Event start, int depth) {
    if (depth > MAX_DEPTH) {
      throw error(start, "nesting is deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void remember(Event event, JsonNode value) {
    String anchor = ((NodeEvent) event).getAnchor();
    if (anchor != null) {
      anchors.put(anchor, value);
    }
  }

  /** Aliases are expanded into copies; the copies are counted so that alias bombs stop early. */
  private JsonNode alias(AliasEvent event) {
    JsonNode target = anchors.get(event.getAnchor());
    if (target == null) {
      throw error(event, "unknown anchor '" + event.getAnchor() + "' referenced");
    }
    if (!target.isContainerNode()) {
      return target;
    }
    if (++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw error(event, "more than " + MAX_COLLECTION_ALIASES + " aliases to collections");
    }
    aliasNodes += countNodes(target, MAX_ALIAS_NODES - aliasNodes + 1);
    if (aliasNodes > MAX_ALIAS_NODES) {
      throw error(event, "aliases expand to more than " + MAX_ALIAS_NODES + " nodes");
    }
    return target.deepCopy();
  }

  private static long countNodes(JsonNode node, long limit) {
    long n = 1;
    for (JsonNode child : node) {
      if (n > limit) {
        break;
      }
      n += countNodes(child, limit - n);
    }
    return n;
  }

  /** The YAML 1.1 merge key: a plain, untagged {@code <<}. */
  private static boolean isMergeKey(ScalarEvent key) {
    return "<<".equals(key.getValue())
        && key.getTag() == null
        && key.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
  }

  /**
   * yaml.v2 merges in document order: merged entries overwrite earlier keys and later keys
   * overwrite merged ones; in a list of maps the earlier maps win.
   */
  private void merge(ObjectNode map, JsonNode value, ScalarEvent at) {
    if (value.isObject()) {
      map.setAll((ObjectNode) value);
      return;
    }
    if (value.isArray()) {
      for (int i = value.size() - 1; i >= 0; i--) {
        if (!value.get(i).isObject()) {
          throw error(at, "map merge requires map or sequence of maps as the value");
        }
        map.setAll((ObjectNode) value.get(i));
      }
      return;
    }
    throw error(at, "map merge requires map or sequence of maps as the value");
  }

  private YamlException error(Event at, String problem) {
    return YamlScalarTypes.error(source, at, problem);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.append('"').toString();
  }

  /** Turns parser failures into one-line messages with the best position available. */
  static YamlException translate(Throwable e, String source, String text) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m) {
        Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
        if (mark != null) {
          return new YamlException(source, mark.getLine() + 1, mark.getColumn() + 1, problem, e);
        }
        return new YamlException(source, 0, 0, problem, e);
      }
      if (c instanceof ReaderException r) {
        TextPosition at =
            TextPosition.at(
                text,
                text.offsetByCodePoints(
                    0, Math.min(r.getPosition(), text.codePointCount(0, text.length()))));
        return new YamlException(
            source,
            at.line(),
            at.column(),
            String.format("special character U+%04X is not allowed", r.getCodePoint()),
            e);
      }
    }
    if (e instanceof JsonProcessingException j) {
      JsonLocation loc = j.getLocation();
      String problem = j.getOriginalMessage();
      if (problem != null && problem.startsWith("Expected a field name")) {
        problem = "mapping keys must be scalars";
      }
      int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
      int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
      return new YamlException(source, line, column, problem, e);
    }
    String problem = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return new YamlException(source, 0, 0, problem, e);
  }
}
