package io.isctl.query;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.isctl.go.GoNumberSyntax;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kubectl's JSONPath grammar (client-go's util/jsonpath parser), read the way it reads it: text
 * outside braces, actions inside them; in an action fields ({@code .a}, with {@code \.} for a dot
 * in a key), {@code [...]} for indexes, slices, unions, quoted keys and filters, {@code ..}, {@code
 * *}, quoted text, numbers, {@code true}/{@code false} and the words {@code range} and {@code end}.
 * Its quirks are kept, since templates written for kubectl must mean the same here: {@code ['a.b']}
 * is the path a.b, a union is split at every comma.
 */
final class JsonPathParser {
  private static final Pattern DICT_KEY = Pattern.compile("'([^']*)'");
  private static final Pattern SLICE = Pattern.compile("(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?");
  private static final Pattern COMPARISON =
      Pattern.compile("([^!<>=]+)([!<>=]+)(.+?)", Pattern.DOTALL);
  private static final int EOF = -1;

  private final String input;
  private int pos;
  private int start;
  private int width;

  private JsonPathParser(String input) {
    this.input = input;
  }

  /**
   * The template's top-level nodes: {@link PathNode.Text} and {@link PathNode.Action}.
   *
   * @throws JsonPathException with kubectl's parse error
   */
  static List<PathNode> parse(String template) {
    JsonPathParser parser = new JsonPathParser(template);
    List<PathNode> root = new ArrayList<>();
    parser.parseText(root);
    return root;
  }

  /** {@code text} parsed as the inside of one action. */
  private static PathNode.Action parseAction(String text) {
    List<PathNode> root = parse("{" + text + "}");
    return (PathNode.Action) root.get(0);
  }

  private String consumeText() {
    String value = input.substring(start, pos);
    start = pos;
    return value;
  }

  private int next() {
    if (pos >= input.length()) {
      width = 0;
      return EOF;
    }
    int c = input.codePointAt(pos);
    width = Character.charCount(c);
    pos += width;
    return c;
  }

  private int peek() {
    int c = next();
    backup();
    return c;
  }

  private void backup() {
    pos -= width;
  }

  /** Text up to the next action, then the actions and texts that follow, into {@code root}. */
  private void parseText(List<PathNode> root) {
    while (true) {
      if (input.startsWith("{", pos)) {
        if (pos > start) {
          root.add(new PathNode.Text(consumeText()));
        }
        pos++;
        consumeText();
        List<PathNode> action = new ArrayList<>();
        parseInsideAction(action);
        root.add(new PathNode.Action(action));
        // The action ended at its '}': text continues at the top level.
        continue;
      }
      if (next() == EOF) {
        break;
      }
    }
    if (pos > start) {
      root.add(new PathNode.Text(consumeText()));
    }
  }

  /** The nodes of one action, up to and including its closing brace. */
  private void parseInsideAction(List<PathNode> cur) {
    while (true) {
      if (input.startsWith("}", pos)) {
        pos++;
        consumeText();
        return;
      }
      if (input.startsWith("[?(", pos)) {
        parseFilter(cur);
        continue;
      }
      if (input.startsWith("..", pos)) {
        parseRecursive(cur);
        continue;
      }
      int r = next();
      if (r == EOF || isEndOfLine(r)) {
        throw JsonPathException.parse("unclosed action");
      } else if (r == ' ' || r == '@' || r == '$') {
        consumeText();
      } else if (r == '[') {
        parseArray(cur);
      } else if (r == '"' || r == '\'') {
        parseQuote(cur, r);
      } else if (r == '.') {
        parseField(cur);
      } else if (r == '+' || r == '-' || Character.isDigit(r)) {
        backup();
        parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        backup();
        parseIdentifier(cur);
      } else {
        throw JsonPathException.parse("unrecognized character in action: " + goRune(r));
      }
    }
  }

  private void parseIdentifier(List<PathNode> cur) {
    while (true) {
      int r = next();
      if (isTerminator(r)) {
        backup();
        break;
      }
    }
    String value = consumeText();
    if (value.equals("true") || value.equals("false")) {
      cur.add(new PathNode.Literal(BooleanNode.valueOf(value.equals("true"))));
    } else {
      cur.add(new PathNode.Identifier(value));
    }
  }

  private void parseRecursive(List<PathNode> cur) {
    if (!cur.isEmpty() && cur.get(cur.size() - 1) instanceof PathNode.Recursive) {
      throw JsonPathException.parse("invalid multiple recursive descent");
    }
    pos += 2;
    consumeText();
    cur.add(new PathNode.Recursive());
    if (isAlphaNumeric(peek())) {
      parseField(cur);
    }
  }

  private void parseNumber(List<PathNode> cur) {
    int r = peek();
    if (r == '+' || r == '-') {
      next();
    }
    while (true) {
      r = next();
      if (r != '.' && !Character.isDigit(r)) {
        backup();
        break;
      }
    }
    String value = consumeText();
    BigInteger integer = GoNumberSyntax.parseRadix(value, 10, true);
    if (integer != null && integer.bitLength() < 64) {
      cur.add(new PathNode.Literal(LongNode.valueOf(integer.longValue())));
      return;
    }
    Double real = GoNumberSyntax.parseFloat(value);
    if (real != null) {
      cur.add(new PathNode.Literal(DoubleNode.valueOf(real)));
      return;
    }
    throw JsonPathException.parse("cannot parse number " + value);
  }

  private void parseArray(List<PathNode> cur) {
    while (true) {
      int r = next();
      if (r == EOF || r == '\n') {
        throw JsonPathException.parse("unterminated array");
      }
      if (r == ']') {
        break;
      }
    }
    String text = consumeText();
    text = text.substring(1, text.length() - 1);
    if (text.equals("*")) {
      text = ":";
    }
    String[] alternatives = text.split(",", -1);
    if (alternatives.length > 1) {
      List<PathNode.Action> union = new ArrayList<>();
      for (String alternative : alternatives) {
        union.add(parseAction("[" + trimSpaces(alternative) + "]"));
      }
      cur.add(new PathNode.Union(union));
      return;
    }
    Matcher key = DICT_KEY.matcher(text);
    if (key.matches()) {
      cur.addAll(parseAction("." + key.group(1)).nodes());
      return;
    }
    Matcher slice = SLICE.matcher(text);
    if (!slice.matches()) {
      throw JsonPathException.parse("invalid array index " + text);
    }
    PathNode.Bound[] bounds = new PathNode.Bound[3];
    for (int i = 0; i < 3; i++) {
      String part = slice.group(i + 1);
      if (part != null && !part.isEmpty()) {
        if (i > 0) {
          part = part.substring(1);
        }
        if (i > 0 && part.isEmpty()) {
          bounds[i] = PathNode.Bound.UNKNOWN;
        } else {
          BigInteger number = GoNumberSyntax.parseRadix(part, 10, true);
          if (number == null || number.bitLength() >= 64) {
            throw JsonPathException.parse("array index " + part + " is not a number");
          }
          bounds[i] = new PathNode.Bound(true, number.longValue(), false);
        }
      } else if (i == 1) {
        bounds[i] = new PathNode.Bound(true, bounds[0].value() + 1, true);
      } else {
        bounds[i] = PathNode.Bound.UNKNOWN;
      }
    }
    cur.add(new PathNode.Slice(bounds[0], bounds[1], bounds[2]));
  }

  private void parseFilter(List<PathNode> cur) {
    pos += 3;
    consumeText();
    boolean begin = false;
    boolean end = false;
    int pair = 0;
    loop:
    while (true) {
      int r = next();
      switch (r) {
        case EOF, '\n' -> throw JsonPathException.parse("unterminated filter");
        case '"', '\'' -> {
          if (!begin) {
            begin = true;
            pair = r;
            continue;
          }
          if (input.charAt(pos - 2) != '\\' && r == pair) {
            end = true;
          }
        }
        case ')' -> {
          if (begin == end) {
            break loop;
          }
        }
        default -> {}
      }
    }
    if (next() != ']') {
      throw JsonPathException.parse("unclosed array expect ]");
    }
    String text = consumeText();
    text = text.substring(0, text.length() - 2);
    Matcher comparison = COMPARISON.matcher(text);
    if (!comparison.matches()) {
      cur.add(new PathNode.Filter(parseAction(text), new PathNode.Action(List.of()), "exists"));
    } else {
      cur.add(
          new PathNode.Filter(
              parseAction(comparison.group(1)),
              parseAction(comparison.group(3)),
              comparison.group(2)));
    }
  }

  private void parseQuote(List<PathNode> cur, int quote) {
    while (true) {
      int r = next();
      if (r == EOF || r == '\n') {
        throw JsonPathException.parse("unterminated quoted string");
      }
      if (r == quote && input.charAt(pos - 2) != '\\') {
        break;
      }
    }
    String value = consumeText();
    cur.add(new PathNode.Text(GoUnquote.unquote(value)));
  }

  private void parseField(List<PathNode> cur) {
    consumeText();
    while (advance()) {
      // scans the field
    }
    String value = consumeText();
    if (value.equals("*")) {
      cur.add(new PathNode.Wildcard());
    } else {
      cur.add(new PathNode.Field(value.replace("\\", "")));
    }
  }

  /** Scans up to the next terminator that is not escaped; false at it. */
  private boolean advance() {
    int r = next();
    if (r == '\\') {
      next();
    } else if (isTerminator(r)) {
      backup();
      return false;
    }
    return true;
  }

  private static boolean isTerminator(int r) {
    return switch (r) {
      case EOF, ' ', '\t', '\r', '\n', '.', ',', '[', ']', '$', '@', '{', '}' -> true;
      default -> false;
    };
  }

  private static boolean isEndOfLine(int r) {
    return r == '\r' || r == '\n';
  }

  private static boolean isAlphaNumeric(int r) {
    return r == '_' || Character.isLetter(r) || Character.isDigit(r);
  }

  /** Go's strings.Trim(s, " "). */
  private static String trimSpaces(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == ' ') {
      to--;
    }
    return s.substring(from, to);
  }

  /** Go's %#U: {@code U+007E '~'}, the character itself only when Go deems it printable. */
  static String goRune(int r) {
    String code = String.format("U+%04X", r);
    boolean printable =
        switch (Character.getType(r)) {
          case Character.CONTROL,
              Character.FORMAT,
              Character.PRIVATE_USE,
              Character.SURROGATE,
              Character.UNASSIGNED,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR ->
              false;
          case Character.SPACE_SEPARATOR -> r == ' ';
          default -> true;
        };
    return printable ? code + " '" + new String(Character.toChars(r)) + "'" : code;
  }
}
