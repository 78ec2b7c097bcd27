package io.isctl.yaml.edit;

import io.isctl.yaml.KubeYaml;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * How a string is written into existing YAML text: in the style of the scalar it replaces where
 * that is safe.
 */
public final class ScalarText {
  private ScalarText() {}

  /**
   * The text for {@code value} in place of a scalar written in {@code style}: plain stays plain
   * when the value is safe as a plain scalar (in flow context too), else single quotes; quoted
   * stays in its quotes.
   */
  static String of(String value, ScalarStyle style) {
    return switch (style) {
      case DOUBLE_QUOTED -> doubleQuoted(value);
      case SINGLE_QUOTED -> singleQuoted(value);
      default -> plainSafe(value) ? value : singleQuoted(value);
    };
  }

  /** For a new scalar in block context. */
  static String block(String value) {
    return of(value, ScalarStyle.PLAIN);
  }

  /** Plain in both block and flow context: no flow indicators either. */
  static boolean plainSafe(String value) {
    if (!KubeYaml.writesPlain(value)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c < 0x20 || c == 0x7F) {
        return false;
      }
    }
    return true;
  }

  static String singleQuoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** Double quotes with JSON escapes, which YAML reads the same: valid in JSON files too. */
  static String doubleQuoted(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20
              || c == 0x7F
              || (c >= 0x80 && c < 0xA0)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
