package io.isctl.yaml;

/** libyaml's character classes (yamlprivateh.go), on code points instead of UTF-8 bytes. */
final class YamlChars {
  private YamlChars() {}

  /**
   * Printable without escaping: LF, ASCII 0x20-0x7E and the BMP from 0xA0 up, except surrogates,
   * the BOM and 0xFFFE/0xFFFF. Characters outside the BMP (emoji) are not printable for libyaml.
   */
  static boolean isPrintable(int c) {
    return c == '\n'
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  /** CR, LF, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR. */
  static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** Space or tab. */
  static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  /** Blank, break or NUL. */
  static boolean isBlankOrBreakOrNul(int c) {
    return isBlank(c) || isBreak(c) || c == 0;
  }
}
