package io.isctl.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.base.IsctlException;
import io.isctl.cli.print.Table;
import io.isctl.query.KubectlGoldens.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The custom-columns and --sort-by cases of kubectl-goldens.json against what kubectl v1.32
 * printed: the same table (rendered as get renders it), the same order, or a failure where kubectl
 * failed.
 */
class ColumnsAndSortGoldenTest {

  static Stream<Case> columns() {
    return Stream.of("custom-columns", "custom-columns --no-headers", "custom-columns-file")
        .flatMap(kind -> KubectlGoldens.cases(kind).stream())
        // A tab in a value splits kubectl's cell; isctl escapes it (see tabsAndControlsAreEscaped).
        .filter(c -> !c.template().contains(".spec.text"));
  }

  static Stream<Case> sorts() {
    return KubectlGoldens.cases("sort-by").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columns")
  void customColumns_printWhatKubectlPrints(Case c) {
    if (c.exit() != 0) {
      assertThatThrownBy(() -> render(c)).isInstanceOf(IsctlException.class);
      return;
    }
    assertThat(render(c)).isEqualTo(c.out());
  }

  @Test
  void tabsAndControlsAreEscaped_whereKubectlWouldSplitTheCell() {
    CustomColumns columns = CustomColumns.fromSpec("N:.metadata.name,TEXT:.spec.text");
    Table table = new Table(columns.headers());
    KubectlGoldens.things().forEach(thing -> table.row(columns.row(thing)));

    assertThat(table.render())
        .isEqualTo(
            "N       TEXT\n"
                + "web     caf\u00e9\u2028x\\x09tab\n"
                + "api     <none>\n"
                + "db      <none>\n"
                + "cache   <none>\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sorts")
  void sortBy_ordersAsKubectlOrders(Case c) {
    List<JsonNode> things = KubectlGoldens.things();
    if (c.exit() != 0) {
      assertThatThrownBy(() -> SortBy.parse(c.template()).order(things))
          .isInstanceOf(IsctlException.class);
      return;
    }
    List<String> names = new ArrayList<>();
    for (int index : SortBy.parse(c.template()).order(things)) {
      names.add(things.get(index).path("metadata").path("name").asText());
    }
    assertThat("NAME\n" + String.join("\n", names) + "\n").isEqualTo(c.out());
  }

  private static String render(Case c) {
    CustomColumns columns =
        c.kind().equals("custom-columns-file")
            ? CustomColumns.fromTemplate(c.template())
            : CustomColumns.fromSpec(c.template());
    Table table = new Table(columns.headers());
    if (c.kind().endsWith("--no-headers")) {
      table.withoutHeaders();
    }
    KubectlGoldens.things().forEach(thing -> table.row(columns.row(thing)));
    return table.render();
  }
}
