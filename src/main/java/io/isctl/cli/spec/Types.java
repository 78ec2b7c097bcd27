package io.isctl.cli.spec;

import java.util.List;

/**
 * Classes by the names the model holds, primitives included; loaded without running their
 * initialisers.
 */
final class Types {
  private Types() {}

  static Class<?> named(String name) {
    switch (name) {
      case "boolean":
        return boolean.class;
      case "int":
        return int.class;
      case "long":
        return long.class;
      case "double":
        return double.class;
      case "float":
        return float.class;
      case "short":
        return short.class;
      case "byte":
        return byte.class;
      case "char":
        return char.class;
      default:
        try {
          return Class.forName(name, false, Types.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(
              "the command model names a class that is missing: " + name + " (rebuild the project)",
              e);
        }
    }
  }

  static Class<?>[] named(List<String> names) {
    return names.stream().map(Types::named).toArray(Class<?>[]::new);
  }

  /** The value a field of {@code type} has before anything is assigned to it. */
  static Object zero(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type.isPrimitive()) {
      return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
    return null;
  }
}
