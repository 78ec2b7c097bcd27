package io.isctl.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Unmodelled fields: kept so that a file read and written back loses nothing. */
final class Extra {
  private Extra() {}

  static ObjectNode orEmpty(ObjectNode extra) {
    return extra == null ? JsonNodeFactory.instance.objectNode() : extra;
  }
}
