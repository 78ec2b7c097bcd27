package io.isctl.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.base.UsageException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The label selector grammar and matching, table-tested with the cases of apimachinery's
 * labels/selector_test.go and kubectl's documented forms ({@code a=b,c!=d,e in (x,y),!f}).
 */
class LabelSelectorTest {

  @ParameterizedTest(name = "\"{0}\" parses")
  @ValueSource(
      strings = {
        "x=a,y=b,z=c",
        "",
        "x!=a,y=b",
        "x=",
        "x= ",
        "x=,z= ",
        "x= ,z= ",
        "!x",
        "x>1",
        "x>1,z<5",
        "x in (foo,,baz),y,z notin ()",
        "a=b,c!=d,e in (x,y),!f",
        "a==b",
        "f",
        "example.com/app=web",
        "key in ( value1, value2 )",
        "notin=in",
        "x in (in,notin)"
      })
  void parses(String selector) {
    assertThat(LabelSelector.parse(selector).text()).isEqualTo(selector);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "x=a||y=b",
        "x==a==b",
        "!x=a",
        "x<a",
        "x=a,",
        ",x=a",
        "x in a",
        "x in (a",
        "x in (a b)",
        "=a",
        "x=>a",
        "x!a",
        "-x=a",
        "x=-a",
        "x=a b",
        "Example.com/app=web",
        "a/b/c=d",
        "/a=b",
        "x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void isRefused(String selector) {
    assertThatThrownBy(() -> LabelSelector.parse(selector))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(
            "invalid label selector \"" + selector + "\": unable to parse requirement: ");
  }

  @ParameterizedTest(name = "\"{0}\" over {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|x=y|true",
        "x=y|x=y|true",
        "x=y,z=w|x=y,z=w|true",
        "x!=y,z!=w|x=z,z=a|true",
        "notin=in|notin=in|true",
        "x|x=z|true",
        "!x|y=z|true",
        "x>1|x=2|true",
        "x<1|x=0|true",
        "x=z|''|false",
        "x=y|x=z|false",
        "x=y,z=w|x=w,z=w|false",
        "x!=y,z!=w|x=z,z=w|false",
        "x|y=z|false",
        "!x|x=z|false",
        "x>1|x=0|false",
        "x<1|x=2|false",
        "x>1|x=a|false",
        "foo=bar|foo=bar,baz=blah|true",
        "baz=blah|foo=bar,baz=blah|true",
        "foo=bar,baz=blah|foo=bar,baz=blah|true",
        "foo=blah|foo=bar,baz=blah|false",
        "foo=bar,foobar=bar,baz=blah|foo=bar,baz=blah|false",
        "e in (x,y)|e=y|true",
        "e in (x,y)|e=z|false",
        "e in (x,y)|f=x|false",
        "e notin (x,y)|e=z|true",
        "e notin (x,y)|f=x|true",
        "e notin (x,y)|e=x|false",
        "x in (foo,,baz)|x=|true",
        "a=b,c!=d,e in (x,y),!f|a=b,c=e,e=x|true",
        "a=b,c!=d,e in (x,y),!f|a=b,e=x,f=1|false",
        "a==b|a=b|true",
        "x=|x=|true",
        "x=|x=a|false"
      })
  void matches(String selector, String labels, boolean expected) {
    assertThat(LabelSelector.parse(selector).matches(labels(labels))).isEqualTo(expected);
  }

  private static Map<String, String> labels(String text) {
    if (text.isEmpty()) {
      return Map.of();
    }
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    for (String pair : text.split(",")) {
      String[] kv = pair.split("=", 2);
      labels.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    return labels;
  }
}
