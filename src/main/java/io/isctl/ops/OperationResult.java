package io.isctl.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operation has to say: lines for stdout, notes for stderr, and whether it failed in part.
 *
 * @param failed true when something the user asked for did not happen (exit code 1)
 */
public record OperationResult(List<String> out, List<String> err, boolean failed) {

  public OperationResult {
    out = List.copyOf(out);
    err = List.copyOf(err);
  }

  public static OperationResult lines(List<String> out) {
    return new OperationResult(out, List.of(), false);
  }

  /** Collects output while an operation runs. */
  public static final class Builder {
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private boolean failed;

    public Builder out(String line) {
      out.add(line);
      return this;
    }

    public Builder err(String line) {
      err.add(line);
      return this;
    }

    public Builder fail(String line) {
      failed = true;
      return err(line);
    }

    public OperationResult build() {
      return new OperationResult(out, err, failed);
    }
  }
}
