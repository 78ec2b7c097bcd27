package io.isctl.go;

import java.util.ArrayList;
import java.util.List;

/**
 * The mapping key order of gopkg.in/yaml.v2 ({@code keyList.Less} in sorter.go) for string keys.
 *
 * <p>It is a "natural" order: where two keys first differ, two letters compare by code point, a
 * letter sorts after a non-letter, and runs of digits compare by their numeric value (shorter run
 * first on a tie).
 */
public final class GoYamlKeyOrder {
  private GoYamlKeyOrder() {}

  /** Returns the keys in the order yaml.v2 writes them: Go's sort.Sort with this order. */
  public static List<String> sorted(Iterable<String> keys) {
    List<String> list = new ArrayList<>();
    keys.forEach(list::add);
    String[] texts = list.toArray(new String[0]);
    int[][] runes = new int[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      runes[i] = texts[i].codePoints().toArray();
    }
    GoSort.sort(
        new GoSort.Data() {
          @Override
          public boolean less(int i, int j) {
            return GoYamlKeyOrder.less(runes[i], runes[j]);
          }

          @Override
          public void swap(int i, int j) {
            String t = texts[i];
            texts[i] = texts[j];
            texts[j] = t;
            int[] r = runes[i];
            runes[i] = runes[j];
            runes[j] = r;
          }
        },
        texts.length);
    return List.of(texts);
  }

  /** yaml.v2's Less for two strings, on code points as Go's []rune conversion gives them. */
  static boolean less(String a, String b) {
    return less(a.codePoints().toArray(), b.codePoints().toArray());
  }

  private static boolean less(int[] ar, int[] br) {
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return bl;
      }
      return lessAtDigits(ar, br, i);
    }
    return ar.length < br.length;
  }

  /** Neither rune at {@code i} is a letter: compare the digit runs that start there. */
  private static boolean lessAtDigits(int[] ar, int[] br, int i) {
    long an = 0;
    long bn = 0;
    if (ar[i] == '0' || br[i] == '0') {
      // A zero that continues a number with a non-zero digit before it is not a leading zero.
      for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
        if (ar[j] != '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    int ai = i;
    for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
      an = an * 10 + (ar[ai] - '0');
    }
    int bi = i;
    for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
      bn = bn * 10 + (br[bi] - '0');
    }
    if (an != bn) {
      return an < bn;
    }
    if (ai != bi) {
      return ai < bi;
    }
    return ar[i] < br[i];
  }
}
