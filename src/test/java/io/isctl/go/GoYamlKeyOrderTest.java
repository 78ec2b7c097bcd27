package io.isctl.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** yaml.v2's keyList.Less (sorter.go) and Go's sort.Sort. */
class GoYamlKeyOrderTest {
  @Test
  void digitRunsCompareByValue() {
    assertThat(GoYamlKeyOrder.less("a9", "a10")).isTrue();
    assertThat(GoYamlKeyOrder.less("a10", "a9")).isFalse();
    // Same value: the shorter run first.
    assertThat(GoYamlKeyOrder.less("a1", "a01")).isTrue();
  }

  @Test
  void nonLettersSortBeforeLetters() {
    assertThat(GoYamlKeyOrder.less("a_b", "ab")).isTrue();
    assertThat(GoYamlKeyOrder.less("a.b", "ab")).isTrue();
    assertThat(GoYamlKeyOrder.less("ab", "a-b")).isFalse();
  }

  @Test
  void lettersCompareByCodePointAndPrefixesComeFirst() {
    assertThat(GoYamlKeyOrder.less("Z", "a")).isTrue();
    assertThat(GoYamlKeyOrder.less("z", "é")).isTrue();
    assertThat(GoYamlKeyOrder.less("app", "app.kubernetes.io/name")).isTrue();
  }

  @Test
  void kubernetesKeys() {
    List<String> keys = List.of("status", "spec", "metadata", "kind", "apiVersion");
    assertThat(GoYamlKeyOrder.sorted(keys))
        .containsExactly("apiVersion", "kind", "metadata", "spec", "status");
  }

  @Test
  void largeMapsSortLikeSmallOnesWhenTheOrderIsConsistent() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      expected.add("key" + i);
    }
    List<String> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(GoYamlKeyOrder.sorted(shuffled)).containsExactlyElementsOf(expected);
    Collections.reverse(shuffled);
    assertThat(GoYamlKeyOrder.sorted(shuffled)).containsExactlyElementsOf(expected);
  }
}
