package io.isctl.cli.spec;

import java.lang.reflect.Field;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.PicocliException;

/**
 * Reads and writes an option's field on its command or mixin object, as picocli's own field binding
 * does.
 */
final class FieldAccess implements IGetter, ISetter {
  private final Object target;
  private final Field field;

  FieldAccess(Object target, Field field) {
    this.target = target;
    this.field = field;
  }

  /** The field {@code name} declared by {@code target}'s class, made accessible. */
  static Field field(Object target, String name) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new PicocliException(
          "the command model names a field "
              + name
              + " that "
              + target.getClass().getName()
              + " does not have (rebuild the project)",
          e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    try {
      return (T) field.get(target);
    } catch (IllegalAccessException e) {
      throw new PicocliException("cannot read " + field, e);
    }
  }

  @Override
  public <T> T set(T value) {
    try {
      @SuppressWarnings("unchecked")
      T old = (T) field.get(target);
      field.set(target, value);
      return old;
    } catch (IllegalAccessException e) {
      throw new PicocliException("cannot write " + field, e);
    }
  }

  @Override
  public String toString() {
    return field.getDeclaringClass().getSimpleName() + "." + field.getName();
  }
}
