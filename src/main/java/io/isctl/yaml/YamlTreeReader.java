package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds Jackson trees from YAML text as Kubernetes reads it (yaml.v2 into untyped values, then
 * JSON), while refusing what an untrusted file should not do: duplicate keys, deep nesting, alias
 * bombs, oversized input. It reads SnakeYAML's events itself, not through Jackson's YAML parser,
 * which types scalars by rules isctl does not follow (yaml.v2's need the quoting style) and, for
 * that, compiles SnakeYAML's resolver's regular expressions in every process: a tenth of a short
 * command's run.
 */
final class YamlTreeReader {
  static final int MAX_DEPTH = 100;
  static final int MAX_COLLECTION_ALIASES = 50;

  /** Nodes that alias expansion may copy in one stream. */
  static final int MAX_ALIAS_NODES = 100_000;

  static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Parser parser;
  private final String source;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private int collectionAliases;
  private long aliasNodes;

  private YamlTreeReader(Parser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    // Duplicates are found while building the tree, which can name the key and tell merges apart.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return options;
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
    try {
      YamlTreeReader reader =
          new YamlTreeReader(
              new ParserImpl(new StreamReader(new StringReader(body)), options()), source);
      List<JsonNode> documents = new ArrayList<>();
      for (Event event = reader.nextNode(); event != null; event = reader.nextNode()) {
        JsonNode document = reader.value(event, 0);
        // Anchors do not reach across documents.
        reader.anchors.clear();
        if (!document.isNull()) {
          documents.add(document);
        }
      }
      return documents;
    } catch (YamlException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate(e, source, body);
    }
  }

  /** The event that starts the next document's root node; null at the end of the stream. */
  private Event nextNode() {
    while (true) {
      Event event = parser.getEvent();
      switch (event.getEventId()) {
        case StreamStart, DocumentStart, DocumentEnd -> {}
        case StreamEnd -> {
          return null;
        }
        default -> {
          return event;
        }
      }
    }
  }

  private JsonNode value(Event event, int depth) {
    return switch (event.getEventId()) {
      case MappingStart -> mapping(event, depth + 1);
      case SequenceStart -> sequence(event, depth + 1);
      case Scalar -> scalar((ScalarEvent) event);
      case Alias -> alias((AliasEvent) event);
      default -> throw error(event, "unexpected " + event.getEventId());
    };
  }

  private ObjectNode mapping(Event start, int depth) {
    checkDepth(start, depth);
    ObjectNode map = NODES.objectNode();
    Set<String> explicitKeys = new HashSet<>();
    for (Event event = parser.getEvent();
        !event.is(Event.ID.MappingEnd);
        event = parser.getEvent()) {
      if (!(event instanceof ScalarEvent keyEvent)) {
        // A collection or an alias as a key: JSON has no such key.
        throw keyNotScalar(event);
      }
      boolean merge = isMergeKey(keyEvent);
      String key = merge ? null : keyText(keyEvent);
      JsonNode value = value(parser.getEvent(), depth);
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

  private ArrayNode sequence(Event start, int depth) {
    checkDepth(start, depth);
    ArrayNode seq = NODES.arrayNode();
    for (Event event = parser.getEvent();
        !event.is(Event.ID.SequenceEnd);
        event = parser.getEvent()) {
      seq.add(value(event, depth));
    }
    remember(start, seq);
    return seq;
  }

  /** Where the key that is not a scalar ends, as Jackson's parser placed it. */
  private YamlException keyNotScalar(Event key) {
    Mark m = key.getEndMark();
    return new YamlException(
        source, m.getLine() + 1, m.getColumn() + 1, "mapping keys must be scalars", null);
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
    String problem = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return new YamlException(source, 0, 0, problem, e);
  }
}
