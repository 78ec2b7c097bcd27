package io.isctl.base;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads JSON into a Jackson tree straight from jackson-core's parser: the tree {@code
 * ObjectMapper.readTree} builds (the same node types, the last of duplicate keys kept unless
 * refused, the parser's own limits: nesting, number and string lengths), without an {@code
 * ObjectMapper}, whose set-up costs a short command 30 to 40 ms. {@link #read(String)} refuses
 * anything after the value, as Go's json.Unmarshal does (the triggers annotation); {@link
 * #readFirst} reads the first value only, as the mapper read registry bodies and files.
 */
public final class JsonTrees {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonFactory UNIQUE_KEYS =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * The tree of {@code json}, or null when it holds no value (only whitespace).
   *
   * @throws JsonProcessingException when it is not one JSON value; the original message says why
   */
  public static JsonNode read(String json) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonNode value = first(parser);
      if (value != null && parser.nextToken() != null) {
        int at = (int) parser.currentTokenLocation().getCharOffset();
        throw new JsonParseException(
            parser, "invalid character '" + json.charAt(at) + "' after top-level value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String has no I/O to fail
    }
  }

  /**
   * The first JSON value of {@code json} (UTF-8, -16 or -32, as jackson-core detects it), what
   * follows it unread, as {@code ObjectMapper.readValue} and {@code readTree} read bytes; null when
   * there is no value at all.
   *
   * @throws JsonProcessingException when the value is not JSON; the original message says why
   */
  public static JsonNode readFirst(byte[] json) throws JsonProcessingException {
    return readFirst(FACTORY, json);
  }

  /**
   * As {@link #readFirst(byte[])}, but a key twice in one object is refused: what data binding did
   * for a record's fields, here for every object, so that no reader of the same bytes may see other
   * values than isctl saw.
   */
  public static JsonNode readFirstWithUniqueKeys(byte[] json) throws JsonProcessingException {
    return readFirst(UNIQUE_KEYS, json);
  }

  private static JsonNode readFirst(JsonFactory factory, byte[] json)
      throws JsonProcessingException {
    try (JsonParser parser = factory.createParser(json)) {
      return first(parser);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array has no I/O to fail
    }
  }

  /** The parser's first value, or null when it has none. */
  private static JsonNode first(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    return token == null ? null : value(parser, token);
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "unexpected end of JSON input");
    }
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(parser, "unexpected token " + token);
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(value(parser, token));
    }
    return array;
  }

  /** As readTree: the smallest of int, long and BigInteger that holds the number. */
  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
