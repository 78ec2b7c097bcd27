package io.isctl.cli.spec;

import java.util.List;

/** A {@code @Command} usage attribute: its name and its value, one string or several. */
record UsageAttribute(String name, List<String> values) {

  String value() {
    return values.get(0);
  }

  String[] array() {
    return values.toArray(String[]::new);
  }
}
