package io.isctl.query;

import io.isctl.base.UsageException;
import io.isctl.go.GoStringOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A label selector as {@code -l} takes it and the API server reads it (apimachinery's
 * labels.Parse): requirements separated by commas, all of which must hold: {@code key}, {@code
 * !key}, {@code key=value}, {@code key==value}, {@code key!=value}, {@code key in (a,b)}, {@code
 * key notin (a,b)}, {@code key>1}, {@code key<1}. Keys and values are checked as label keys and
 * values.
 */
public final class LabelSelector {
  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final int NAME_LIMIT = 63;
  private static final int PREFIX_LIMIT = 253;

  enum Operator {
    EXISTS,
    DOES_NOT_EXIST,
    EQUALS,
    DOUBLE_EQUALS,
    NOT_EQUALS,
    IN,
    NOT_IN,
    GREATER_THAN,
    LESS_THAN
  }

  /** One requirement on one label. */
  record Requirement(String key, Operator operator, List<String> values) {
    Requirement {
      values = List.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      boolean has = labels.containsKey(key);
      return switch (operator) {
        case IN, EQUALS, DOUBLE_EQUALS -> has && values.contains(value);
        case NOT_IN, NOT_EQUALS -> !has || !values.contains(value);
        case EXISTS -> has;
        case DOES_NOT_EXIST -> !has;
        case GREATER_THAN, LESS_THAN -> has && compares(value);
      };
    }

    private boolean compares(String value) {
      long have;
      try {
        have = Long.parseLong(value);
      } catch (NumberFormatException e) {
        return false;
      }
      long want = Long.parseLong(values.get(0));
      return operator == Operator.GREATER_THAN ? have > want : have < want;
    }
  }

  private final String text;
  private final List<Requirement> requirements;

  private LabelSelector(String text, List<Requirement> requirements) {
    this.text = text;
    this.requirements = List.copyOf(requirements);
  }

  /**
   * @throws UsageException naming the selector and what is wrong with it (exit 2)
   */
  public static LabelSelector parse(String selector) {
    try {
      List<Requirement> requirements = new Parser(selector).parse();
      requirements = new ArrayList<>(requirements);
      requirements.sort(Comparator.comparing(Requirement::key, GoStringOrder.COMPARATOR));
      return new LabelSelector(selector, requirements);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "invalid label selector \""
              + selector
              + "\": unable to parse requirement: "
              + e.getMessage());
    }
  }

  /** Whether every requirement holds for {@code labels}. */
  public boolean matches(Map<String, String> labels) {
    for (Requirement requirement : requirements) {
      if (!requirement.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** The selector as typed. */
  public String text() {
    return text;
  }

  List<Requirement> requirements() {
    return requirements;
  }

  private enum Token {
    ERROR,
    END,
    CLOSED_PAR,
    COMMA,
    DOES_NOT_EXIST,
    DOUBLE_EQUALS,
    EQUALS,
    GREATER_THAN,
    IDENTIFIER,
    IN,
    LESS_THAN,
    NOT_EQUALS,
    NOT_IN,
    OPEN_PAR
  }

  private record Scanned(Token token, String literal) {}

  /** apimachinery's lexer and recursive-descent parser, with its error messages. */
  private static final class Parser {
    private final String s;
    private int pos;
    private final List<Scanned> items = new ArrayList<>();
    private int position;

    Parser(String s) {
      this.s = s;
    }

    private static Token literalToken(String text) {
      return switch (text) {
        case ")" -> Token.CLOSED_PAR;
        case "," -> Token.COMMA;
        case "!" -> Token.DOES_NOT_EXIST;
        case "==" -> Token.DOUBLE_EQUALS;
        case "=" -> Token.EQUALS;
        case ">" -> Token.GREATER_THAN;
        case "in" -> Token.IN;
        case "<" -> Token.LESS_THAN;
        case "!=" -> Token.NOT_EQUALS;
        case "notin" -> Token.NOT_IN;
        case "(" -> Token.OPEN_PAR;
        default -> null;
      };
    }

    private static boolean isWhitespace(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isSpecial(char c) {
      return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
    }

    private Scanned lex() {
      while (pos < s.length() && isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length()) {
        return new Scanned(Token.END, "");
      }
      if (isSpecial(s.charAt(pos))) {
        StringBuilder buffer = new StringBuilder();
        Scanned last = null;
        while (pos < s.length() && isSpecial(s.charAt(pos))) {
          buffer.append(s.charAt(pos));
          Token token = literalToken(buffer.toString());
          if (token != null) {
            last = new Scanned(token, buffer.toString());
            pos++;
          } else if (last != null) {
            break;
          } else {
            pos++;
          }
        }
        return last != null
            ? last
            : new Scanned(Token.ERROR, "error expected: keyword found '" + buffer + "'");
      }
      int from = pos;
      while (pos < s.length() && !isSpecial(s.charAt(pos)) && !isWhitespace(s.charAt(pos))) {
        pos++;
      }
      String word = s.substring(from, pos);
      Token token = literalToken(word);
      return new Scanned(token != null ? token : Token.IDENTIFIER, word);
    }

    /** In a value position, {@code in} and {@code notin} are plain words. */
    private Scanned lookahead(boolean values) {
      Scanned item = items.get(position);
      return values ? asValue(item) : item;
    }

    private Scanned consume(boolean values) {
      Scanned item = items.get(position++);
      return values ? asValue(item) : item;
    }

    private static Scanned asValue(Scanned item) {
      return item.token() == Token.IN || item.token() == Token.NOT_IN
          ? new Scanned(Token.IDENTIFIER, item.literal())
          : item;
    }

    List<Requirement> parse() {
      while (true) {
        Scanned item = lex();
        items.add(item);
        if (item.token() == Token.END) {
          break;
        }
      }
      List<Requirement> requirements = new ArrayList<>();
      while (true) {
        Scanned next = lookahead(true);
        switch (next.token()) {
          case IDENTIFIER, DOES_NOT_EXIST -> {
            requirements.add(requirement());
            Scanned after = consume(true);
            if (after.token() == Token.END) {
              return requirements;
            }
            if (after.token() != Token.COMMA) {
              throw new IllegalArgumentException(
                  "found '" + after.literal() + "', expected: ',' or 'end of string'");
            }
            Scanned following = lookahead(true);
            if (following.token() != Token.IDENTIFIER
                && following.token() != Token.DOES_NOT_EXIST) {
              throw new IllegalArgumentException(
                  "found '" + following.literal() + "', expected: identifier after ','");
            }
          }
          case END -> {
            return requirements;
          }
          default ->
              throw new IllegalArgumentException(
                  "found '" + next.literal() + "', expected: !, identifier, or 'end of string'");
        }
      }
    }

    private Requirement requirement() {
      Operator operator = null;
      Scanned item = consume(true);
      if (item.token() == Token.DOES_NOT_EXIST) {
        operator = Operator.DOES_NOT_EXIST;
        item = consume(true);
      }
      if (item.token() != Token.IDENTIFIER) {
        throw new IllegalArgumentException("found '" + item.literal() + "', expected: identifier");
      }
      String key = item.literal();
      checkKey(key);
      if (operator == Operator.DOES_NOT_EXIST) {
        // "!key" takes no operator; what follows must be a comma or the end.
        return new Requirement(key, operator, List.of());
      }
      Token after = lookahead(true).token();
      if (after == Token.END || after == Token.COMMA) {
        return new Requirement(key, Operator.EXISTS, List.of());
      }
      Scanned op = consume(false);
      Operator binary =
          switch (op.token()) {
            case IN -> Operator.IN;
            case EQUALS -> Operator.EQUALS;
            case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
            case GREATER_THAN -> Operator.GREATER_THAN;
            case LESS_THAN -> Operator.LESS_THAN;
            case NOT_IN -> Operator.NOT_IN;
            case NOT_EQUALS -> Operator.NOT_EQUALS;
            default ->
                throw new IllegalArgumentException(
                    "found '" + op.literal() + "', expected: in, notin, =, ==, !=, gt, lt");
          };
      TreeSet<String> values =
          binary == Operator.IN || binary == Operator.NOT_IN ? setValues() : exactValue();
      return checked(key, binary, new ArrayList<>(values));
    }

    private TreeSet<String> setValues() {
      Scanned open = consume(true);
      if (open.token() != Token.OPEN_PAR) {
        throw new IllegalArgumentException("found '" + open.literal() + "' expected: '('");
      }
      Scanned next = lookahead(true);
      switch (next.token()) {
        case IDENTIFIER, COMMA -> {
          TreeSet<String> values = identifiers();
          if (consume(true).token() != Token.CLOSED_PAR) {
            throw new IllegalArgumentException("found '" + next.literal() + "', expected: ')'");
          }
          return values;
        }
        case CLOSED_PAR -> {
          consume(true);
          TreeSet<String> values = new TreeSet<>(GoStringOrder.COMPARATOR);
          values.add("");
          return values;
        }
        default ->
            throw new IllegalArgumentException(
                "found '" + next.literal() + "', expected: ',', ')' or identifier");
      }
    }

    private TreeSet<String> identifiers() {
      TreeSet<String> values = new TreeSet<>(GoStringOrder.COMPARATOR);
      while (true) {
        Scanned item = consume(true);
        switch (item.token()) {
          case IDENTIFIER -> {
            values.add(item.literal());
            Scanned next = lookahead(true);
            if (next.token() == Token.COMMA) {
              continue;
            }
            if (next.token() == Token.CLOSED_PAR) {
              return values;
            }
            throw new IllegalArgumentException(
                "found '" + next.literal() + "', expected: ',' or ')'");
          }
          case COMMA -> {
            if (values.isEmpty()) {
              values.add("");
            }
            Token next = lookahead(true).token();
            if (next == Token.CLOSED_PAR) {
              values.add("");
              return values;
            }
            if (next == Token.COMMA) {
              values.add("");
            }
          }
          default ->
              throw new IllegalArgumentException(
                  "found '" + item.literal() + "', expected: ',', or identifier");
        }
      }
    }

    private TreeSet<String> exactValue() {
      TreeSet<String> values = new TreeSet<>(GoStringOrder.COMPARATOR);
      Token next = lookahead(true).token();
      if (next == Token.END || next == Token.COMMA) {
        values.add("");
        return values;
      }
      Scanned item = consume(true);
      if (item.token() != Token.IDENTIFIER) {
        throw new IllegalArgumentException("found '" + item.literal() + "', expected: identifier");
      }
      values.add(item.literal());
      return values;
    }

    /** apimachinery's NewRequirement: the operator's values, each a label value. */
    private static Requirement checked(String key, Operator operator, List<String> values) {
      if ((operator == Operator.GREATER_THAN || operator == Operator.LESS_THAN)) {
        for (String value : values) {
          try {
            Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "values[0]: Invalid value: \""
                    + value
                    + "\": for 'Gt', 'Lt' operators, the value must be an integer");
          }
        }
      }
      for (int i = 0; i < values.size(); i++) {
        checkValue(key, values.get(i), i);
      }
      return new Requirement(key, operator, values);
    }

    private static void checkKey(String key) {
      String problem = keyProblem(key);
      if (problem != null) {
        throw new IllegalArgumentException("key: Invalid value: \"" + key + "\": " + problem);
      }
    }

    /** Kubernetes' IsQualifiedName: {@code [DNS subdomain/]name}. */
    private static String keyProblem(String key) {
      String[] parts = key.split("/", -1);
      String name;
      if (parts.length == 1) {
        name = parts[0];
      } else if (parts.length == 2) {
        String prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
          return "prefix part must be non-empty";
        }
        if (prefix.length() > PREFIX_LIMIT) {
          return "prefix part must be no more than " + PREFIX_LIMIT + " characters";
        }
        if (!DNS_SUBDOMAIN.matcher(prefix).matches()) {
          return "prefix part a lowercase RFC 1123 subdomain must consist of lower case"
              + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric"
              + " character";
        }
      } else {
        return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and"
            + " must start and end with an alphanumeric character, with an optional DNS subdomain"
            + " prefix and '/'";
      }
      if (name.isEmpty()) {
        return "name part must be non-empty";
      }
      if (name.length() > NAME_LIMIT) {
        return "name part must be no more than " + NAME_LIMIT + " characters";
      }
      if (!NAME.matcher(name).matches()) {
        return "name part must consist of alphanumeric characters, '-', '_' or '.', and must"
            + " start and end with an alphanumeric character";
      }
      return null;
    }

    private static void checkValue(String key, String value, int index) {
      String problem = null;
      if (value.length() > NAME_LIMIT) {
        problem = "must be no more than " + NAME_LIMIT + " characters";
      } else if (!value.isEmpty() && !NAME.matcher(value).matches()) {
        problem =
            "a valid label must be an empty string or consist of alphanumeric characters, '-',"
                + " '_' or '.', and must start and end with an alphanumeric character";
      }
      if (problem != null) {
        throw new IllegalArgumentException(
            "values[" + index + "][" + key + "]: Invalid value: \"" + value + "\": " + problem);
      }
    }
  }
}
