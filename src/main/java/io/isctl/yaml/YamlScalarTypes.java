package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.isctl.go.GoFloatFormat;
import io.isctl.yaml.PlainScalarResolver.Kind;
import io.isctl.yaml.PlainScalarResolver.Resolved;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Types a parsed scalar as Kubernetes does: yaml.v2 resolves plain (and explicitly tagged) scalars,
 * quoted ones are strings, timestamps stay text, and map keys become JSON strings the way
 * sigs.k8s.io/yaml converts them.
 */
final class YamlScalarTypes {
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlScalarTypes() {}

  static JsonNode value(ScalarEvent event, String source) {
    Resolved r = resolve(event, source);
    return switch (r.kind()) {
      case NULL -> NODES.nullNode();
      case BOOL -> NODES.booleanNode((Boolean) r.value());
      case INT -> integer((BigInteger) r.value());
      case FLOAT -> {
        double d = (Double) r.value();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          // sigs.k8s.io/yaml converts to JSON, which has no NaN or infinity.
          throw error(source, event, event.getValue() + " cannot be represented in JSON");
        }
        yield number(d);
      }
      case TIMESTAMP, STRING -> NODES.textNode(event.getValue());
    };
  }

  /** The JSON property name of a map key (sigs.k8s.io/yaml's key conversion). */
  static String key(ScalarEvent event, String source) {
    Resolved r = resolve(event, source);
    return switch (r.kind()) {
      case TIMESTAMP, STRING -> event.getValue();
      case BOOL -> r.value().toString();
      case INT -> {
        BigInteger v = (BigInteger) r.value();
        if (v.bitLength() > 63) {
          throw error(source, event, "unsupported map key " + event.getValue() + " (beyond int64)");
        }
        yield v.toString();
      }
      case FLOAT -> floatKey((Double) r.value());
      case NULL -> throw error(source, event, "unsupported map key: null");
    };
  }

  private static String floatKey(double d) {
    String s = GoFloatFormat.formatG32(d);
    return switch (s) {
      case "+Inf" -> ".inf";
      case "-Inf" -> "-.inf";
      case "NaN" -> ".nan";
      default -> s;
    };
  }

  /**
   * Kubernetes passes the float through JSON, where Go prints whole numbers without a point, and
   * its unstructured decoding then keeps every number that fits int64 as an integer.
   */
  private static JsonNode number(double d) {
    String json = GoFloatFormat.formatJson(d);
    BigInteger whole = json.indexOf('.') < 0 && json.indexOf('e') < 0 ? new BigInteger(json) : null;
    return whole != null && whole.bitLength() < 64 ? integer(whole) : NODES.numberNode(d);
  }

  private static JsonNode integer(BigInteger v) {
    if (v.bitLength() < 32) {
      return NODES.numberNode(v.intValue());
    }
    return v.bitLength() < 64 ? NODES.numberNode(v.longValue()) : NODES.numberNode(v);
  }

  private static Resolved resolve(ScalarEvent event, String source) {
    String text = event.getValue();
    String tag = event.getTag();
    if (tag == null) {
      return event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
          ? PlainScalarResolver.resolve(text)
          : new Resolved(Kind.STRING, text);
    }
    if (!tag.startsWith(STANDARD_TAG)) {
      // "!" and local tags such as !foo: yaml.v2 keeps the text.
      return new Resolved(Kind.STRING, text);
    }
    String name = tag.substring(STANDARD_TAG.length());
    switch (name) {
      case "null", "bool", "int", "float", "timestamp" -> {
        Resolved r = PlainScalarResolver.resolve(text);
        if (name.equals("float") && r.kind() == Kind.INT) {
          return new Resolved(Kind.FLOAT, ((BigInteger) r.value()).doubleValue());
        }
        if (!tagName(r.kind()).equals(name)) {
          throw error(
              source,
              event,
              "cannot decode !!" + tagName(r.kind()) + " `" + text + "` as a !!" + name);
        }
        return r;
      }
      case "binary" -> throw error(source, event, "!!binary values are not supported");
      default -> {
        return new Resolved(Kind.STRING, text);
      }
    }
  }

  private static String tagName(Kind kind) {
    return kind == Kind.STRING ? "str" : kind.name().toLowerCase(Locale.ROOT);
  }

  static YamlException error(String source, Event at, String problem) {
    Mark m = at.getStartMark();
    return new YamlException(source, m.getLine() + 1, m.getColumn() + 1, problem, null);
  }
}
