package io.isctl.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.base.IsctlException;
import io.isctl.go.GoSort;
import io.isctl.go.GoStringOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * kubectl's {@code --sort-by=PATH}: objects in the order of the first value the path selects in
 * each, compared as kubectl compares them (numbers as numbers, strings that are both quantities as
 * quantities, other strings byte by byte), with Go's sort.Sort, so that objects without the field,
 * which kubectl's comparison puts before everything, come out in the order kubectl prints.
 */
public final class SortBy {
  private final JsonPath path;

  private SortBy(JsonPath path) {
    this.path = path;
  }

  /**
   * {@code .metadata.name}, {@code metadata.name} or {@code {.metadata.name}}.
   *
   * @throws io.isctl.base.UsageException or {@link JsonPathException} (exit 2)
   */
  public static SortBy parse(String field) {
    return new SortBy(JsonPath.parse(CustomColumns.relaxed(field)));
  }

  /** The path as kubectl names it in messages: {@code {.metadata.name}}. */
  public String field() {
    return path.template();
  }

  /**
   * The objects' new order: {@code order[i]} is the index in {@code objects} of the i-th object.
   *
   * @throws SortException when no object has the field, or values cannot be compared (exit 1)
   */
  public int[] order(List<JsonNode> objects) {
    JsonNode[] keys = new JsonNode[objects.size()];
    boolean found = false;
    for (int i = 0; i < keys.length; i++) {
      List<List<JsonNode>> values = path.findResults(objects.get(i));
      if (!values.isEmpty() && !values.get(0).isEmpty()) {
        keys[i] = values.get(0).get(0);
        found = true;
      }
    }
    int[] order = new int[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (keys.length == 0) {
      return order;
    }
    if (!found) {
      throw new SortException(
          "couldn't find any field with path \"" + field() + "\" in the list of objects");
    }
    GoSort.sort(
        new GoSort.Data() {
          @Override
          public boolean less(int i, int j) {
            if (keys[i] == null) {
              return true;
            }
            if (keys[j] == null) {
              return false;
            }
            return isLess(keys[i], keys[j]);
          }

          @Override
          public void swap(int i, int j) {
            JsonNode key = keys[i];
            keys[i] = keys[j];
            keys[j] = key;
            int index = order[i];
            order[i] = order[j];
            order[j] = index;
          }
        },
        keys.length);
    return order;
  }

  /** kubectl's isLess on two values of unstructured content. */
  private boolean isLess(JsonNode a, JsonNode b) {
    if (a.isNull() || b.isNull()) {
      return !a.isNull() ? false : !b.isNull();
    }
    if (GoValues.isInt64(a) && GoValues.isInt64(b)) {
      return a.longValue() < b.longValue();
    }
    if (GoValues.isByte(a) && GoValues.isByte(b)) {
      return a.intValue() < b.intValue();
    }
    if (GoValues.isFloat64(a) && GoValues.isFloat64(b)) {
      return a.doubleValue() < b.doubleValue();
    }
    if (a.isTextual() && b.isTextual()) {
      Optional<BigDecimal> qa = Quantity.parse(a.textValue());
      Optional<BigDecimal> qb = Quantity.parse(b.textValue());
      if (qa.isPresent() && qb.isPresent()) {
        return qa.get().compareTo(qb.get()) < 0;
      }
      return GoStringOrder.compare(a.textValue(), b.textValue()) < 0;
    }
    String detail =
        GoValues.typeName(a).equals(GoValues.typeName(b)) || a.isContainerNode()
            ? GoValues.typeName(a)
            : GoValues.typeName(a) + " and " + GoValues.typeName(b);
    throw new SortException(
        "field " + field() + " cannot be sorted by: its values are of unsortable type " + detail);
  }

  /** Objects that cannot be sorted by the field (exit 1). */
  public static final class SortException extends IsctlException {
    private static final long serialVersionUID = 1L;

    SortException(String message) {
      super(message);
    }
  }
}
