package io.isctl.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.query.KubectlGoldens.Case;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSONPath case of kubectl-goldens.json, against what kubectl v1.32 printed for it over the
 * same objects: the same bytes, or the same failure (a template it cannot read, or one that failed
 * on the data) for the same reason.
 */
class JsonPathGoldenTest {
  /**
   * Templates that visit a map's keys with {@code *} or {@code ..}: Go visits them in random order,
   * so only the values printed are compared, not their order.
   */
  private static final Set<String> MAP_ORDER =
      Set.of(
          "{..app}",
          "{.items[1]..name}",
          "{.items[0].metadata.labels.*}",
          "{..name}",
          "{.users[*].user.*}",
          "{..}");

  private static final Pattern PARSE_ERROR =
      Pattern.compile("error: error parsing jsonpath (.*), (.*)\n", Pattern.DOTALL);
  private static final Pattern EXECUTE_ERROR =
      Pattern.compile(
          ".*Error executing template: (.*)\\. Printing more information.*", Pattern.DOTALL);

  static Stream<Case> cases() {
    // An empty template is refused by the command line, before any engine (GetOutputTest).
    return KubectlGoldens.cases("jsonpath").stream().filter(c -> !c.template().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsWhatKubectlPrints(Case c) {
    if (c.exit() != 0) {
      failsAsKubectlFails(c);
      return;
    }
    String out = JsonPath.parse(c.template()).execute(KubectlGoldens.target(c));

    if (MAP_ORDER.contains(c.template())) {
      assertThat(sortedWords(out)).isEqualTo(sortedWords(c.out()));
    } else {
      assertThat(out).isEqualTo(c.out());
    }
  }

  static Stream<Case> asJson() {
    return KubectlGoldens.cases("jsonpath-as-json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asJson")
  void asJson_printsWhatKubectlPrints(Case c) {
    assertThat(c.exit()).isZero();
    assertThat(JsonPath.parse(c.template()).executeAsJson(KubectlGoldens.target(c)))
        .isEqualTo(c.out());
  }

  private static void failsAsKubectlFails(Case c) {
    Matcher parse = PARSE_ERROR.matcher(c.err());
    Matcher execute = EXECUTE_ERROR.matcher(c.err());
    if (parse.matches()) {
      assertThatThrownBy(() -> JsonPath.parse(c.template()))
          .isInstanceOfSatisfying(
              JsonPathException.class, e -> assertThat(e.isParseError()).isTrue())
          .hasMessage("error parsing jsonpath " + c.template() + ", " + parse.group(2));
    } else {
      assertThat(execute.matches()).as("kubectl's error: %s", c.err()).isTrue();
      JsonPath path = JsonPath.parse(c.template());
      assertThatThrownBy(() -> path.execute(KubectlGoldens.target(c)))
          .isInstanceOfSatisfying(
              JsonPathException.class, e -> assertThat(e.isParseError()).isFalse())
          .hasMessage("error executing jsonpath \"" + c.template() + "\": " + execute.group(1));
    }
  }

  private static List<String> sortedWords(String text) {
    return Arrays.stream(text.split(" ")).sorted().toList();
  }
}
