package io.isctl.yaml;

/** Writes one scalar in a given style, folding long lines as libyaml's scalar writers do. */
final class ScalarWriter {
  /** yaml.v2's indentation step, used as the indentation indicator of block scalars. */
  private static final int BEST_INDENT = 2;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final EmitterOutput out;

  ScalarWriter(EmitterOutput out) {
    this.out = out;
  }

  /**
   * @param indent the indentation of continuation lines
   * @param allowBreaks false for simple keys, which must stay on one line
   */
  void write(String value, ScalarStyle style, int indent, boolean allowBreaks) {
    switch (style) {
      case PLAIN -> plain(value, indent, allowBreaks);
      case SINGLE_QUOTED -> singleQuoted(value, indent, allowBreaks);
      case DOUBLE_QUOTED -> doubleQuoted(value, indent, allowBreaks);
      case LITERAL -> literal(value, indent);
    }
  }

  private boolean spaceAt(String value, int index) {
    return index < value.length() && value.charAt(index) == ' ';
  }

  /** Folding point: past the width, at the first space of a run that is followed by a non-space. */
  private boolean foldHere(boolean allowBreaks, boolean afterSpace) {
    return allowBreaks && !afterSpace && out.column() > EmitterOutput.BEST_WIDTH;
  }

  private void plain(String value, int indent, boolean allowBreaks) {
    if (!out.whitespace()) {
      out.put(' ');
    }
    foldableText(value, indent, allowBreaks, false);
    out.whitespace(false);
    out.indention(false);
  }

  private void singleQuoted(String value, int indent, boolean allowBreaks) {
    out.writeIndicator("'", true, false, false);
    foldableText(value, indent, allowBreaks, true);
    out.writeIndicator("'", false, false, false);
    out.whitespace(false);
    out.indention(false);
  }

  /**
   * The body of a plain or single-quoted scalar: a fold replaces one space; a quoted scalar never
   * folds at its first or last character, and doubles its quotes.
   */
  private void foldableText(String value, int indent, boolean allowBreaks, boolean quoted) {
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == ' ') {
        boolean inner = !quoted || (i > 0 && i < value.length() - 1);
        if (foldHere(allowBreaks, spaces) && inner && !spaceAt(value, next)) {
          out.writeIndent(indent);
        } else {
          out.write(c);
        }
        spaces = true;
      } else if (YamlChars.isBreak(c)) {
        // A lone LF needs an empty line to survive folding.
        if (!breaks && c == '\n') {
          out.putBreak();
        }
        textBreak(c);
        breaks = true;
      } else {
        if (quoted && c == '\'') {
          // Quotes are doubled.
          textChar(c, breaks, indent);
          breaks = false;
        }
        textChar(c, breaks, indent);
        spaces = false;
        breaks = false;
      }
      i = next;
    }
  }

  /** A break taken from the text; what follows starts as indentation. */
  private void textBreak(int c) {
    out.writeBreak(c);
    out.indention(true);
  }

  /** A character of the text, indented first when it starts a line. */
  private void textChar(int c, boolean lineStart, int indent) {
    if (lineStart) {
      out.writeIndent(indent);
    }
    out.write(c);
    out.indention(false);
  }

  private void doubleQuoted(String value, int indent, boolean allowBreaks) {
    out.writeIndicator("\"", true, false, false);
    // libyaml tests for a BOM at the start of the value, not at the current character, so a
    // leading BOM escapes every character.
    boolean leadingBom = value.startsWith("\uFEFF");
    boolean spaces = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int next = i + Character.charCount(c);
      if (leadingBom
          || !YamlChars.isPrintable(c)
          || YamlChars.isBreak(c)
          || c == '"'
          || c == '\\') {
        escape(c);
        spaces = false;
      } else if (c == ' ') {
        if (foldHere(allowBreaks, spaces) && i > 0 && i < value.length() - 1) {
          out.writeIndent(indent);
          if (spaceAt(value, next)) {
            // A continuation line may not start with a space that folding would eat.
            out.put('\\');
          }
        } else {
          out.write(c);
        }
        spaces = true;
      } else {
        out.write(c);
        spaces = false;
      }
      i = next;
    }
    out.writeIndicator("\"", false, false, false);
    out.whitespace(false);
    out.indention(false);
  }

  private void escape(int c) {
    out.put('\\');
    char shortForm =
        switch (c) {
          case 0x00 -> '0';
          case 0x07 -> 'a';
          case 0x08 -> 'b';
          case 0x09 -> 't';
          case 0x0A -> 'n';
          case 0x0B -> 'v';
          case 0x0C -> 'f';
          case 0x0D -> 'r';
          case 0x1B -> 'e';
          case 0x22 -> '"';
          case 0x5C -> '\\';
          case 0x85 -> 'N';
          case 0xA0 -> '_';
          case 0x2028 -> 'L';
          case 0x2029 -> 'P';
          default -> 0;
        };
    if (shortForm != 0) {
      out.put(shortForm);
      return;
    }
    int digits;
    if (c <= 0xFF) {
      out.put('x');
      digits = 2;
    } else if (c <= 0xFFFF) {
      out.put('u');
      digits = 4;
    } else {
      out.put('U');
      digits = 8;
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.put(HEX[(c >> shift) & 0xF]);
    }
  }

  private void literal(String value, int indent) {
    out.writeIndicator("|", true, false, false);
    blockScalarHints(value);
    out.putBreak();
    out.indention(true);
    out.whitespace(true);
    boolean breaks = true;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (YamlChars.isBreak(c)) {
        textBreak(c);
        breaks = true;
      } else {
        textChar(c, breaks, indent);
        breaks = false;
      }
      i += Character.charCount(c);
    }
  }

  /**
   * Indentation indicator when the text starts with a space or break; chomping from the trailing
   * breaks.
   */
  private void blockScalarHints(String value) {
    int first = value.codePointAt(0);
    if (first == ' ' || YamlChars.isBreak(first)) {
      out.writeIndicator(String.valueOf(BEST_INDENT), false, false, false);
    }
    int last = value.codePointBefore(value.length());
    int beforeLast = value.length() - Character.charCount(last);
    String chomping = null;
    if (!YamlChars.isBreak(last)) {
      chomping = "-";
    } else if (beforeLast == 0 || YamlChars.isBreak(value.codePointBefore(beforeLast))) {
      chomping = "+";
    }
    if (chomping != null) {
      out.writeIndicator(chomping, false, false, false);
    }
  }
}
