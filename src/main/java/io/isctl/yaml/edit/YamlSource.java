package io.isctl.yaml.edit;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.yaml.KubeYaml;
import io.isctl.yaml.YamlException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The text of one manifest file with two views of each document: the values as Kubernetes reads
 * them (Jackson trees, by the project's YAML reader with its safety limits) and the YAML nodes with
 * their positions in the text, so that single fields can be rewritten in place.
 */
public final class YamlSource {
  private final String text;
  private final String name;
  private final List<Document> documents;

  /**
   * Code point index to char index, or null when the text has no surrogate pairs (the two are
   * equal).
   */
  private final int[] charIndex;

  private final int bomOffset;

  /** A document: its Kubernetes value and its YAML node. */
  public record Document(JsonNode value, Node node) {}

  private YamlSource(
      String text, String name, List<Document> documents, int[] charIndex, int bomOffset) {
    this.text = text;
    this.name = name;
    this.documents = documents;
    this.charIndex = charIndex;
    this.bomOffset = bomOffset;
  }

  /**
   * Reads every non-empty document of {@code text}.
   *
   * @throws YamlException when the text is not valid YAML or breaks a safety limit
   */
  public static YamlSource parse(String text, String name) {
    List<JsonNode> values = KubeYaml.readAll(text, name);
    int bom = text.startsWith("\uFEFF") ? 1 : 0;
    String body = text.substring(bom);
    List<Node> nodes = new ArrayList<>();
    for (Composer composer = composer(body); composer.checkNode(); ) {
      Node node = composer.getNode();
      if (!isNull(node)) {
        nodes.add(node);
      }
    }
    if (nodes.size() != values.size()) {
      // Both readers follow YAML 1.1; a difference means a construct one of them reads differently.
      throw new YamlException(
          name,
          "cannot map the documents to their text ("
              + values.size()
              + " values, "
              + nodes.size()
              + " nodes)");
    }
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      documents.add(new Document(values.get(i), nodes.get(i)));
    }
    return new YamlSource(text, name, documents, charIndex(body), bom);
  }

  /**
   * SnakeYAML's composer over {@code body}, made as its {@code Yaml.composeAll} makes it, without
   * the {@code Yaml} facade: that builds a constructor and a representer isctl does not use, and
   * their type descriptions start java.util.logging (about 7 ms of a {@code resolve -f}).
   */
  private static Composer composer(String body) {
    LoaderOptions options = new LoaderOptions();
    // The reader above has enforced the limits already; composing shares aliased nodes instead of
    // copying them.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setNestingDepthLimit(1000);
    options.setProcessComments(false);
    return new Composer(
        new ParserImpl(new StreamReader(new StringReader(body)), options), new Resolver(), options);
  }

  /** Empty and null documents are skipped, as kubectl does. */
  private static boolean isNull(Node node) {
    if (!(node instanceof ScalarNode scalar) || !scalar.isPlain()) {
      return false;
    }
    return switch (scalar.getValue()) {
      case "", "~", "null", "Null", "NULL" -> node.getTag().getValue().endsWith(":null");
      default -> false;
    };
  }

  private static int[] charIndex(String body) {
    int codePoints = body.codePointCount(0, body.length());
    if (codePoints == body.length()) {
      return null;
    }
    int[] map = new int[codePoints + 1];
    int c = 0;
    for (int i = 0; i < body.length(); i = body.offsetByCodePoints(i, 1)) {
      map[c++] = i;
    }
    map[c] = body.length();
    return map;
  }

  String text() {
    return text;
  }

  String name() {
    return name;
  }

  public List<Document> documents() {
    return documents;
  }

  /** The char offset in {@link #text()} of a mark. */
  int offset(Mark mark) {
    int index = mark.getIndex();
    return bomOffset
        + (charIndex == null ? index : charIndex[Math.min(index, charIndex.length - 1)]);
  }

  int start(Node node) {
    return offset(node.getStartMark());
  }

  int end(Node node) {
    return offset(node.getEndMark());
  }

  /** The line break the file uses: CRLF when its first line ends so, else LF. */
  String lineBreak() {
    int lf = text.indexOf('\n');
    return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  /** The offset where the line holding {@code offset} starts. */
  int lineStart(int offset) {
    int lf = text.lastIndexOf('\n', offset - 1);
    return lf + 1;
  }

  /**
   * The offset just past the line break that ends the line holding {@code offset} (or the end of
   * the text).
   */
  int nextLineStart(int offset) {
    int lf = text.indexOf('\n', offset);
    return lf < 0 ? text.length() : lf + 1;
  }

  /** The column of an offset, in chars from the start of its line. */
  int column(int offset) {
    return offset - lineStart(offset);
  }
}
