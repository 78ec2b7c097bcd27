package io.isctl.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What kubectl's get cannot show (it always lets a missing key be nothing): the strict mode of
 * client-go's jsonpath tests, and a whole float read as Go's unstructured decoding reads it.
 */
class JsonPathTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode data() throws Exception {
    return JSON.readTree(
        "{\"Name\":\"jsonpath\",\"Labels\":{\"web/html\":15,\"k8s-app\":20},"
            + "\"Book\":[{\"Price\":8.95},{\"Price\":12.99}],\"whole\":2.0}");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hello {.Name}|hello jsonpath",
        "{$.Labels.web/html}|15",
        "{.Labels.k8s-app}|20",
        "{..Price}|8.95 12.99",
        "{.Book[-1:].Price}|12.99",
        "{.whole}|2",
      })
  void strictMode_findsWhatIsThere(String template, String expected) throws Exception {
    assertThat(JsonPath.parse(template).allowMissingKeys(false).execute(data()))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{.hello}|hello is not found",
        "{hello}|unrecognized identifier hello",
        "{.Labels[0]}|map[string]interface {} is not array or slice",
        "{.Name[0]}|string is not array or slice",
        "{range .Labels.*}{@}{end}{end}|not in range, nothing to end",
        "{.Book[?(@.Price<>10)]}|unrecognized filter operator <>",
      })
  void strictMode_refusesWhatIsMissing(String template, String message) throws Exception {
    JsonPath path = JsonPath.parse(template).allowMissingKeys(false);

    assertThatThrownBy(() -> path.execute(data()))
        .isInstanceOf(JsonPathException.class)
        .hasMessage("error executing jsonpath \"" + template + "\": " + message);
  }

  @Test
  void anEqualsSign_isPartOfAFieldName_outsideAFilter() throws Exception {
    assertThat(JsonPath.parse("{.whole==2.0}").execute(data())).isEmpty();
  }
}
