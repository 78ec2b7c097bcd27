package io.isctl.model;

import java.util.Objects;

/** Why a tag's last import failed ({@code type: ImportSuccess, status: "False"}). */
public record TagEventCondition(
    String type,
    String status,
    String lastTransitionTime,
    String reason,
    String message,
    long generation) {

  public static final String IMPORT_SUCCESS = "ImportSuccess";

  public TagEventCondition {
    type = type == null ? "" : type;
    status = status == null ? "" : status;
    lastTransitionTime = lastTransitionTime == null ? "" : lastTransitionTime;
    reason = reason == null ? "" : reason;
    message = message == null ? "" : message;
  }

  /** Same type, status, reason and message: the server then leaves the old condition alone. */
  public boolean sameOutcome(TagEventCondition other) {
    return type.equals(other.type)
        && status.equals(other.status)
        && reason.equals(other.reason)
        && message.equals(other.message);
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TagEventCondition that
        && Objects.equals(type, that.type)
        && Objects.equals(status, that.status)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(reason, that.reason)
        && Objects.equals(message, that.message)
        && generation == that.generation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, lastTransitionTime, reason, message, generation);
  }
}
