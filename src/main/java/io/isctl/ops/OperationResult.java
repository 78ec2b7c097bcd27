package io.isctl.ops;

import io.isctl.model.ImageStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operation has to say: lines for stdout, notes for stderr, and whether it failed in part.
 *
 * @param failed true when something the user asked for did not happen (exit code 1)
 * @param objects the streams as the operation left them (what {@code -o yaml} prints), each once
 */
public record OperationResult(
    List<String> out, List<String> err, boolean failed, List<ImageStream> objects) {

  public OperationResult {
    out = List.copyOf(out);
    err = List.copyOf(err);
    objects = List.copyOf(objects);
  }

  public OperationResult(List<String> out, List<String> err, boolean failed) {
    this(out, err, failed, List.of());
  }

  public static OperationResult lines(List<String> out) {
    return new OperationResult(out, List.of(), false);
  }

  /** Collects output while an operation runs. */
  public static final class Builder {
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final Map<String, ImageStream> objects = new LinkedHashMap<>();
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

    /** The stream as left now; a later state of the same stream replaces an earlier one. */
    public Builder object(ImageStream stream) {
      objects.put(stream.namespace() + "/" + stream.name(), stream);
      return this;
    }

    public OperationResult build() {
      return new OperationResult(out, err, failed, new ArrayList<>(objects.values()));
    }
  }
}
