package io.isctl.apiserver;

import io.isctl.go.GoStrings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One validation error of an object, as apimachinery's {@code field.Error} prints it: the field
 * path, the kind of error, the bad value (Go's {@code %q} for strings, {@code %v} for booleans) and
 * a detail.
 *
 * @param value the bad value as printed, or null when the error type prints none
 */
public record FieldError(Type type, String field, String value, String detail) {

  /** apimachinery's error types, by the words each prints. */
  public enum Type {
    REQUIRED("Required value"),
    INVALID("Invalid value"),
    NOT_FOUND("Not found"),
    FORBIDDEN("Forbidden"),
    INTERNAL("Internal error");

    private final String words;

    Type(String words) {
      this.words = words;
    }
  }

  public static FieldError required(String field, String detail) {
    return new FieldError(Type.REQUIRED, field, null, detail);
  }

  public static FieldError invalid(String field, String value, String detail) {
    return new FieldError(Type.INVALID, field, GoStrings.quote(value), detail);
  }

  public static FieldError invalid(String field, boolean value, String detail) {
    return new FieldError(Type.INVALID, field, String.valueOf(value), detail);
  }

  public static FieldError notFound(String field, String value) {
    return new FieldError(Type.NOT_FOUND, field, GoStrings.quote(value), "");
  }

  /**
   * An error the server wraps whole, at the empty path ({@code
   * field.InternalError(field.NewPath(""), err)}), which prints as {@code []}.
   */
  public static FieldError internal(String detail) {
    return new FieldError(Type.INTERNAL, "[]", null, detail);
  }

  /** {@code ErrorBody()}: the message without the field. */
  public String body() {
    String body = value == null ? type.words : type.words + ": " + value;
    return detail.isEmpty() ? body : body + ": " + detail;
  }

  /** {@code Error()}: {@code <field>: <body>}. */
  @Override
  public String toString() {
    return field + ": " + body();
  }

  /**
   * What {@code apierrors.NewInvalid} says of an object with these errors: {@code <kind> "<name>"
   * is invalid: <errors>}, the errors as {@code ErrorList.ToAggregate()} prints them (repeats
   * dropped; several in brackets, joined by ", ").
   *
   * @param qualifiedKind {@code ImageStream.image.openshift.io}, or {@code imagestreams} for the
   *     inner error the server wraps
   */
  public static String invalidMessage(String qualifiedKind, String name, List<FieldError> errors) {
    String prefix = qualifiedKind + " " + GoStrings.quote(name) + " is invalid";
    Set<String> distinct = new LinkedHashSet<>();
    errors.forEach(error -> distinct.add(error.toString()));
    if (distinct.isEmpty()) {
      return prefix;
    }
    List<String> messages = new ArrayList<>(distinct);
    String aggregate =
        messages.size() == 1 ? messages.get(0) : "[" + String.join(", ", messages) + "]";
    return prefix + ": " + aggregate;
  }
}
