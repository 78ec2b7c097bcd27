package io.isctl.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JsonTrees} builds the trees {@code ObjectMapper.readTree} builds, and fails where it
 * fails.
 */
class JsonTreesTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static List<String> texts() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "[]",
                "{}",
                "null",
                "true",
                "\"text\"",
                "0",
                "-0",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "123456789012345678901234567890",
                "1.5",
                "-0.0",
                "1e3",
                "1E-7",
                "1e400",
                "3.141592653589793238462643383279",
                "[{\"from\":{\"kind\":\"ImageStreamTag\",\"name\":\"app:prod\"},"
                    + "\"fieldPath\":\"spec.template.spec.containers[0].image\",\"paused\":true}]",
                "{\"a\":1,\"a\":2,\"b\":[1,[2,[3,{}]]],\"A\":null}",
                "{\"\\u00e9\\ud83d\\ude00\\n\\t\\\"\":\"\\/\"}",
                "  [ 1 , 2 ]  ",
                "[1,]",
                "[1,,2]",
                "{\"a\"}",
                "{\"a\":}",
                "{'a':1}",
                "[01]",
                "[NaN]",
                "[1 2]",
                "[\"unterminated]",
                "[\"\\x\"]",
                "{\"a\":1",
                "[[[",
                "tru",
                "[] x"));
    // Random cuts of a trigger annotation: prefixes end anywhere, inside strings and escapes too.
    String whole = texts.get(19);
    Random random = new Random(15);
    for (int i = 0; i < 60; i++) {
      texts.add(whole.substring(0, random.nextInt(whole.length())));
    }
    return texts;
  }

  @ParameterizedTest
  @MethodSource("texts")
  void readsWhatReadTreeReads_orFailsWithItsMessage(String text) {
    JsonNode expected;
    try {
      expected = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      assertThatThrownBy(() -> JsonTrees.read(text))
          .isInstanceOf(JsonProcessingException.class)
          .extracting(t -> ((JsonProcessingException) t).getOriginalMessage())
          .isEqualTo(e.getOriginalMessage());
      return;
    }
    JsonNode actual = readOrFail(text);
    if (expected == null || expected.isMissingNode()) {
      assertThat(actual).isNull();
    } else {
      // equals compares node types too: an IntNode is not a LongNode of the same value.
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.toString()).isEqualTo(expected.toString());
    }
  }

  @Test
  void aSecondValue_isRefusedInGosWords() {
    assertThatThrownBy(() -> JsonTrees.read("[] {}"))
        .isInstanceOf(JsonProcessingException.class)
        .extracting(t -> ((JsonProcessingException) t).getOriginalMessage())
        .isEqualTo("invalid character '{' after top-level value");
    assertThatThrownBy(() -> JsonTrees.read("1 2"))
        .extracting(t -> ((JsonProcessingException) t).getOriginalMessage())
        .isEqualTo("invalid character '2' after top-level value");
  }

  @Test
  void whitespaceAlone_isNoValue() throws JsonProcessingException {
    assertThat(JsonTrees.read(" \n\t")).isNull();
  }

  @Test
  void theLastOfDuplicateKeys_isKept_inTheFirstOnesPlace() throws JsonProcessingException {
    JsonNode tree = JsonTrees.read("{\"a\":1,\"b\":2,\"a\":3}");
    assertThat(tree.toString()).isEqualTo("{\"a\":3,\"b\":2}");
  }

  private static JsonNode readOrFail(String text) {
    try {
      return JsonTrees.read(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("readTree read " + text + " but JsonTrees failed: " + e, e);
    }
  }
}
