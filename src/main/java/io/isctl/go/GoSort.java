package io.isctl.go;

/**
 * Go's sort.Sort (pattern-defeating quicksort, Go 1.19 and later), step for step, so that a
 * comparison that is not a strict weak order (as yaml.v2's key order is not, for some keys) still
 * yields the order Go produces from the same input order. Go hands yaml.v2 the keys in a map's
 * random order, so kubectl prints such keys in several orders; a plain sort can give one it never
 * prints (KubeYamlWriteTest.keysInACycle_printInAnOrderKubectlPrints).
 */
public final class GoSort {
  /** A sequence that can compare and swap its elements by index (Go's sort.Interface). */
  public interface Data {
    boolean less(int i, int j);

    void swap(int i, int j);
  }

  private static final int MAX_INSERTION = 12;
  private static final int UNKNOWN_HINT = 0;
  private static final int INCREASING_HINT = 1;
  private static final int DECREASING_HINT = 2;

  private final Data data;
  private int swaps;

  private GoSort(Data data) {
    this.data = data;
  }

  public static void sort(Data data, int n) {
    if (n > 1) {
      new GoSort(data).pdqsort(0, n, bitLength(n));
    }
  }

  private static int bitLength(long n) {
    return 64 - Long.numberOfLeadingZeros(n);
  }

  private void pdqsort(int a, int b, int limit) {
    boolean wasBalanced = true;
    boolean wasPartitioned = true;
    while (true) {
      int length = b - a;
      if (length <= MAX_INSERTION) {
        insertionSort(a, b);
        return;
      }
      if (limit == 0) {
        heapSort(a, b);
        return;
      }
      if (!wasBalanced) {
        breakPatterns(a, b);
        limit--;
      }
      swaps = 0;
      int pivot = choosePivot(a, b);
      int hint = swaps == 0 ? INCREASING_HINT : swaps == 12 ? DECREASING_HINT : UNKNOWN_HINT;
      if (hint == DECREASING_HINT) {
        reverseRange(a, b);
        pivot = (b - 1) - (pivot - a);
        hint = INCREASING_HINT;
      }
      if (wasBalanced && wasPartitioned && hint == INCREASING_HINT && partialInsertionSort(a, b)) {
        return;
      }
      if (a > 0 && !data.less(a - 1, pivot)) {
        a = partitionEqual(a, b, pivot);
        continue;
      }
      int mid = partition(a, b, pivot);
      wasPartitioned = mid < 0;
      mid = mid < 0 ? -mid - 1 : mid;
      int leftLen = mid - a;
      int rightLen = b - mid;
      int balanceThreshold = length / 8;
      if (leftLen < rightLen) {
        wasBalanced = leftLen >= balanceThreshold;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = rightLen >= balanceThreshold;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  }

  private void insertionSort(int a, int b) {
    for (int i = a + 1; i < b; i++) {
      for (int j = i; j > a && data.less(j, j - 1); j--) {
        data.swap(j, j - 1);
      }
    }
  }

  private void siftDown(int lo, int hi, int first) {
    int root = lo;
    while (true) {
      int child = 2 * root + 1;
      if (child >= hi) {
        return;
      }
      if (child + 1 < hi && data.less(first + child, first + child + 1)) {
        child++;
      }
      if (!data.less(first + root, first + child)) {
        return;
      }
      data.swap(first + root, first + child);
      root = child;
    }
  }

  private void heapSort(int a, int b) {
    int hi = b - a;
    for (int i = (hi - 1) / 2; i >= 0; i--) {
      siftDown(i, hi, a);
    }
    for (int i = hi - 1; i >= 0; i--) {
      data.swap(a, a + i);
      siftDown(0, i, a);
    }
  }

  /**
   * Returns the new pivot index, encoded as {@code -index-1} when the range was already
   * partitioned.
   */
  private int partition(int a, int b, int pivot) {
    data.swap(a, pivot);
    int i = a + 1;
    int j = b - 1;
    while (i <= j && data.less(i, a)) {
      i++;
    }
    while (i <= j && !data.less(j, a)) {
      j--;
    }
    if (i > j) {
      data.swap(j, a);
      return -j - 1;
    }
    data.swap(i, j);
    i++;
    j--;
    while (true) {
      while (i <= j && data.less(i, a)) {
        i++;
      }
      while (i <= j && !data.less(j, a)) {
        j--;
      }
      if (i > j) {
        break;
      }
      data.swap(i, j);
      i++;
      j--;
    }
    data.swap(j, a);
    return j;
  }

  private int partitionEqual(int a, int b, int pivot) {
    data.swap(a, pivot);
    int i = a + 1;
    int j = b - 1;
    while (true) {
      while (i <= j && !data.less(a, i)) {
        i++;
      }
      while (i <= j && data.less(a, j)) {
        j--;
      }
      if (i > j) {
        return i;
      }
      data.swap(i, j);
      i++;
      j--;
    }
  }

  private boolean partialInsertionSort(int a, int b) {
    final int maxSteps = 5;
    final int shortestShifting = 50;
    int i = a + 1;
    for (int step = 0; step < maxSteps; step++) {
      while (i < b && !data.less(i, i - 1)) {
        i++;
      }
      if (i == b) {
        return true;
      }
      if (b - a < shortestShifting) {
        return false;
      }
      data.swap(i, i - 1);
      if (i - a >= 2) {
        for (int j = i - 1; j >= 1 && data.less(j, j - 1); j--) {
          data.swap(j, j - 1);
        }
      }
      if (b - i >= 2) {
        for (int j = i + 1; j < b && data.less(j, j - 1); j++) {
          data.swap(j, j - 1);
        }
      }
    }
    return false;
  }

  private void breakPatterns(int a, int b) {
    int length = b - a;
    if (length >= 8) {
      long random = length;
      long modulus = 1L << bitLength(length);
      for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >>> 7;
        random ^= random << 17;
        int other = (int) (random & (modulus - 1));
        if (other >= length) {
          other -= length;
        }
        data.swap(idx, a + other);
      }
    }
  }

  private int choosePivot(int a, int b) {
    final int shortestNinther = 50;
    int l = b - a;
    int i = a + l / 4;
    int j = a + l / 4 * 2;
    int k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= shortestNinther) {
        i = median(i - 1, i, i + 1);
        j = median(j - 1, j, j + 1);
        k = median(k - 1, k, k + 1);
      }
      j = median(i, j, k);
    }
    return j;
  }

  /** The index of the median of three, counting the swaps that ordering them needed. */
  private int median(int a, int b, int c) {
    if (data.less(b, a)) {
      swaps++;
      int t = a;
      a = b;
      b = t;
    }
    if (data.less(c, b)) {
      swaps++;
      int t = b;
      b = c;
      c = t;
    }
    if (data.less(b, a)) {
      swaps++;
      b = a;
    }
    return b;
  }

  private void reverseRange(int a, int b) {
    for (int i = a, j = b - 1; i < j; i++, j--) {
      data.swap(i, j);
    }
  }
}
