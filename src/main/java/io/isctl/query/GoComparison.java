package io.isctl.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.go.GoStringOrder;

/**
 * The comparisons of a JSONPath filter, as Go's text/template eq and lt compare: values of one
 * basic kind (bool, int, uint, float, string) with each other, ints with uints; anything else is an
 * error.
 */
final class GoComparison {
  private enum Kind {
    BOOL,
    INT,
    UINT,
    FLOAT,
    STRING
  }

  private GoComparison() {}

  /**
   * Whether {@code left operator right} holds.
   *
   * @throws JsonPathException for an operator kubectl does not know or values it cannot compare
   */
  static boolean holds(JsonNode left, String operator, JsonNode right) {
    return switch (operator) {
      case "<" -> less(left, right);
      case ">" -> !lessOrEqual(left, right);
      case "==" -> equal(left, right);
      case "!=" -> !equal(left, right);
      case "<=" -> lessOrEqual(left, right);
      case ">=" -> !less(left, right);
      default -> throw JsonPathException.execute("unrecognized filter operator " + operator);
    };
  }

  private static boolean lessOrEqual(JsonNode left, JsonNode right) {
    return less(left, right) || equal(left, right);
  }

  private static boolean equal(JsonNode a, JsonNode b) {
    Kind ka = kind(a);
    Kind kb = kind(b);
    if (ka != kb) {
      if (ka == Kind.INT && kb == Kind.UINT) {
        return GoValues.longValue(a) >= 0 && GoValues.longValue(a) == b.intValue();
      }
      if (ka == Kind.UINT && kb == Kind.INT) {
        return GoValues.longValue(b) >= 0 && a.intValue() == GoValues.longValue(b);
      }
      throw incompatible();
    }
    return switch (ka) {
      case BOOL -> a.booleanValue() == b.booleanValue();
      case INT -> GoValues.longValue(a) == GoValues.longValue(b);
      case UINT -> a.intValue() == b.intValue();
      case FLOAT -> a.doubleValue() == b.doubleValue();
      case STRING -> a.textValue().equals(b.textValue());
    };
  }

  private static boolean less(JsonNode a, JsonNode b) {
    Kind ka = kind(a);
    Kind kb = kind(b);
    if (ka != kb) {
      if (ka == Kind.INT && kb == Kind.UINT) {
        return GoValues.longValue(a) < 0 || GoValues.longValue(a) < b.intValue();
      }
      if (ka == Kind.UINT && kb == Kind.INT) {
        return GoValues.longValue(b) >= 0 && a.intValue() < GoValues.longValue(b);
      }
      throw incompatible();
    }
    return switch (ka) {
      case BOOL -> throw JsonPathException.execute("invalid type for comparison");
      case INT -> GoValues.longValue(a) < GoValues.longValue(b);
      case UINT -> a.intValue() < b.intValue();
      case FLOAT -> a.doubleValue() < b.doubleValue();
      case STRING -> GoStringOrder.compare(a.textValue(), b.textValue()) < 0;
    };
  }

  private static Kind kind(JsonNode value) {
    if (value.isBoolean()) {
      return Kind.BOOL;
    }
    if (value.isTextual()) {
      return Kind.STRING;
    }
    if (GoValues.isByte(value)) {
      return Kind.UINT;
    }
    if (value.isNumber()) {
      return GoValues.isInt64(value) ? Kind.INT : Kind.FLOAT;
    }
    throw JsonPathException.execute("invalid type for comparison");
  }

  private static JsonPathException incompatible() {
    return JsonPathException.execute("incompatible types for comparison");
  }
}
