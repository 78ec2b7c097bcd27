package io.isctl.yaml;

/** The scalar styles yaml.v2 writes in block context (it never picks the folded style). */
enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  LITERAL;

  /** The style yaml.v2's encoder asks for a string ({@code stringv} in encode.go). */
  static ScalarStyle requestedFor(String s) {
    if (s.indexOf('\n') >= 0) {
      return LITERAL;
    }
    // Text that would read back as another type (or a base-60 number) must be quoted.
    return PlainScalarResolver.readsBackAsString(s) ? PLAIN : DOUBLE_QUOTED;
  }

  /**
   * The style libyaml settles on ({@code yaml_emitter_select_scalar_style}): a style the text
   * cannot carry falls back towards double quotes, which carry anything.
   */
  ScalarStyle settle(ScalarAnalysis a, boolean empty, boolean simpleKey) {
    ScalarStyle style = simpleKey && a.multiline() ? DOUBLE_QUOTED : this;
    if (style == PLAIN && (!a.plainAllowed() || (empty && simpleKey))) {
      style = SINGLE_QUOTED;
    }
    if (style == SINGLE_QUOTED && !a.singleQuotedAllowed()) {
      style = DOUBLE_QUOTED;
    }
    if (style == LITERAL && (!a.literalAllowed() || simpleKey)) {
      style = DOUBLE_QUOTED;
    }
    return style;
  }
}
