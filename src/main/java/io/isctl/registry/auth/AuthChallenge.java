package io.isctl.registry.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code WWW-Authenticate} challenge, for example {@code Bearer
 * realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"}.
 * Parsed per RFC 7235: parameter values may be quoted strings with commas and {@code \} escapes,
 * and one header may carry several challenges (a naive split on {@code ,} truncates {@code
 * scope="repository:x:pull,push"}).
 *
 * @param scheme the auth scheme, lower-cased ({@code bearer}, {@code basic})
 * @param parameters the parameters with lower-cased names
 */
public record AuthChallenge(String scheme, Map<String, String> parameters) {

  public AuthChallenge {
    scheme = scheme.toLowerCase(Locale.ROOT);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Every challenge in the header values, in order; malformed trailing input is ignored. */
  public static List<AuthChallenge> parseAll(List<String> headerValues) {
    List<AuthChallenge> challenges = new ArrayList<>();
    for (String value : headerValues) {
      new Parser(value).parseInto(challenges);
    }
    return challenges;
  }

  public boolean isBearer() {
    return scheme.equals("bearer");
  }

  public boolean isBasic() {
    return scheme.equals("basic");
  }

  /** A parameter by name (case-insensitive). */
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Whether the registry says the token lacked a scope (RFC 6750 {@code insufficient_scope}). */
  public boolean isInsufficientScope() {
    return parameter("error").filter("insufficient_scope"::equals).isPresent();
  }

  /** A small RFC 7235 tokenizer over one header value. */
  private static final class Parser {
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final String input;
    private int pos;

    Parser(String input) {
      this.input = input;
    }

    void parseInto(List<AuthChallenge> out) {
      while (true) {
        skipSeparators();
        String scheme = token();
        if (scheme.isEmpty()) {
          return; // end, or input we cannot read (a token68 form): keep what we have
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        while (startsParameter()) {
          String name = token();
          skipSpaces();
          pos++; // '='
          skipSpaces();
          String value = peek() == '"' ? quotedString() : token();
          parameters.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
          skipSpaces();
          if (peek() == ',') {
            pos++;
          }
        }
        out.add(new AuthChallenge(scheme, parameters));
      }
    }

    private boolean startsParameter() {
      int saved = pos;
      skipSpaces();
      boolean parameter = !token().isEmpty() && skipSpacesThen('=');
      pos = saved;
      if (parameter) {
        skipSpaces();
      }
      return parameter;
    }

    private boolean skipSpacesThen(char expected) {
      skipSpaces();
      return peek() == expected;
    }

    private String token() {
      int start = pos;
      while (pos < input.length() && isTokenChar(input.charAt(pos))) {
        pos++;
      }
      return input.substring(start, pos);
    }

    private String quotedString() {
      StringBuilder value = new StringBuilder();
      pos++; // opening quote
      while (pos < input.length()) {
        char c = input.charAt(pos++);
        if (c == '\\' && pos < input.length()) {
          value.append(input.charAt(pos++));
        } else if (c == '"') {
          return value.toString();
        } else {
          value.append(c);
        }
      }
      return value.toString(); // unterminated: take the rest, as lenient clients do
    }

    private void skipSpaces() {
      while (pos < input.length() && (input.charAt(pos) == ' ' || input.charAt(pos) == '\t')) {
        pos++;
      }
    }

    private void skipSeparators() {
      while (pos < input.length()
          && (Character.isWhitespace(input.charAt(pos)) || input.charAt(pos) == ',')) {
        pos++;
      }
    }

    private char peek() {
      return pos < input.length() ? input.charAt(pos) : '\0';
    }

    private static boolean isTokenChar(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }
  }
}
