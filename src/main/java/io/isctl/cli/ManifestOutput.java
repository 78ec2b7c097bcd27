package io.isctl.cli;

import java.util.List;

/**
 * Several manifests on one stream, as one YAML stream: each file's text unchanged, "---" between
 * files.
 */
final class ManifestOutput {
  private ManifestOutput() {}

  static String concat(List<String> texts) {
    StringBuilder out = new StringBuilder();
    for (String text : texts) {
      if (out.length() > 0) {
        if (out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith("---")) {
          out.append("---\n");
        }
        out.append(body);
      } else {
        out.append(text);
      }
    }
    return out.toString();
  }
}
