package io.isctl.model;

/**
 * Which pull spec a tag hands out: the source registry's, or the integrated registry's
 * (pullthrough).
 */
public enum ReferencePolicyType {
  SOURCE("Source"),
  LOCAL("Local");

  private final String wireName;

  ReferencePolicyType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The value as the API writes it; null when it is not one of the two. */
  public static ReferencePolicyType fromWire(String value) {
    for (ReferencePolicyType type : values()) {
      if (type.wireName.equals(value)) {
        return type;
      }
    }
    return null;
  }
}
