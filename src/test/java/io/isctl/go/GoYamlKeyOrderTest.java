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
  void theOrderHasCycles() {
    // Digits compare by run value only where two keys differ: 2 < 19 by value, 19 < 1a because a
    // digit sorts before a letter, and 1a < 2 by the runs 1 and 2. No plain sort can honour this.
    assertThat(GoYamlKeyOrder.less("2", "19")).isTrue();
    assertThat(GoYamlKeyOrder.less("19", "1a")).isTrue();
    assertThat(GoYamlKeyOrder.less("1a", "2")).isTrue();
  }

  @Test
  void keysInACycle_sortAsGoSortsThemFromTheOrderGiven() {
    // Go's insertion sort (every slice of up to 12) leaves each rotation of a cycle as it is.
    assertThat(GoYamlKeyOrder.sorted(List.of("19", "1a", "2"))).containsExactly("19", "1a", "2");
    assertThat(GoYamlKeyOrder.sorted(List.of("1a", "2", "19"))).containsExactly("1a", "2", "19");
    assertThat(GoYamlKeyOrder.sorted(List.of("2", "1a", "19"))).containsExactly("1a", "2", "19");
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
