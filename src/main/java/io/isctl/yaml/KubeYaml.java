package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads YAML the way Kubernetes does and writes it byte for byte as {@code oc get -o yaml} prints
 * it (sigs.k8s.io/yaml over gopkg.in/yaml.v2).
 */
public final class KubeYaml {
  /** The most code points a document may have to be read. */
  public static final int MAX_CODE_POINTS = YamlTreeReader.MAX_CODE_POINTS;

  /**
   * Input larger than this cannot stay within the code point limit (UTF-8 takes at most 4 bytes
   * each).
   */
  public static final long MAX_INPUT_BYTES = 4L * YamlTreeReader.MAX_CODE_POINTS;

  private KubeYaml() {}

  /**
   * The YAML text of a tree, ending with one newline; a top-level empty map is {@code "{}\n"}.
   *
   * @throws IllegalArgumentException for NaN or infinite numbers, which oc cannot print either
   */
  public static String write(JsonNode node) {
    return YamlEmitter.emit(node);
  }

  /**
   * Reads a stream that must hold exactly one non-empty document.
   *
   * @param sourceName names the input in error messages, e.g. a file path
   * @throws YamlException when the text is not valid YAML, breaks a safety limit or has not one
   *     document
   */
  public static JsonNode read(String text, String sourceName) {
    List<JsonNode> documents = readAll(text, sourceName);
    if (documents.size() != 1) {
      throw new YamlException(
          sourceName,
          documents.isEmpty()
              ? "no YAML document found"
              : "expected one YAML document, found " + documents.size());
    }
    return documents.get(0);
  }

  /** Like {@link #read(String, String)} for raw bytes, which must be valid UTF-8. */
  public static JsonNode read(byte[] utf8, String sourceName) {
    return read(StrictUtf8.decode(utf8, sourceName), sourceName);
  }

  /** Reads every document of a stream, skipping empty and null documents as kubectl does. */
  public static List<JsonNode> readAll(String text, String sourceName) {
    return YamlTreeReader.readAll(text, sourceName);
  }

  /** Like {@link #readAll(String, String)} for raw bytes, which must be valid UTF-8. */
  public static List<JsonNode> readAll(byte[] utf8, String sourceName) {
    return readAll(StrictUtf8.decode(utf8, sourceName), sourceName);
  }

  /**
   * Decodes bytes that must be valid UTF-8.
   *
   * @throws YamlException naming {@code sourceName} and the offset of the first bad byte
   */
  public static String decode(byte[] utf8, String sourceName) {
    return StrictUtf8.decode(utf8, sourceName);
  }

  /**
   * Whether {@code value} can stand as a plain (unquoted) scalar in block context and still read
   * back as the same string, by the rules oc's writer uses to choose a style.
   */
  public static boolean writesPlain(String value) {
    return !value.isEmpty()
        && ScalarAnalysis.of(value).plainAllowed()
        && PlainScalarResolver.readsBackAsString(value);
  }
}
