package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.go.GoFloatFormat;

/**
 * Number text along the path oc takes: Go's encoding/json writes the number, and for YAML yaml.v2
 * reads that JSON text back (as int, uint64 or float64) and writes it again.
 */
final class NumberText {
  private NumberText() {}

  /** The number as encoding/json writes an int64 or float64 of an unstructured object. */
  static String json(JsonNode number) {
    if (number.isIntegralNumber() && number.canConvertToLong()) {
      return Long.toString(number.longValue());
    }
    // Beyond int64, Kubernetes' unstructured decoding holds numbers as float64.
    return GoFloatFormat.formatJson(number.doubleValue());
  }

  /** The number as {@code oc get -o yaml} prints it. */
  static String yaml(JsonNode number) {
    String json = json(number);
    PlainScalarResolver.Resolved r = PlainScalarResolver.resolve(json);
    // JSON number text always resolves to an int or a float; floats print with Go's %g.
    return r.kind() == PlainScalarResolver.Kind.INT
        ? r.value().toString()
        : GoFloatFormat.formatG((Double) r.value());
  }
}
