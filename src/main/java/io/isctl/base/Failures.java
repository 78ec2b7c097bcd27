package io.isctl.base;

import java.util.List;

/**
 * Several failures of one command that went on after each (as {@code kubectl get a b} reports each
 * name it could not get): one {@code error:} line each, and the highest exit code among them.
 */
public final class Failures extends IsctlException {
  private static final long serialVersionUID = 1L;

  private final transient List<IsctlException> failures;

  public Failures(List<IsctlException> failures) {
    super(failures.isEmpty() ? "" : failures.get(0).getMessage());
    this.failures = List.copyOf(failures);
  }

  /** Each failure, in the order met. */
  public List<IsctlException> failures() {
    return failures;
  }

  @Override
  public int exitCode() {
    return failures.stream().mapToInt(IsctlException::exitCode).max().orElse(ExitCodes.FAILED);
  }
}
