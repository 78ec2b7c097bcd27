package io.isctl.ops;

import io.isctl.base.UsageException;

/**
 * A destination as {@code oc tag} reads it: {@code [namespace/]stream:tag}.
 *
 * @param nameAndTag {@code stream:tag} as written after the namespace
 */
public record StreamTagName(String namespace, String nameAndTag) {

  /**
   * Splits off the namespace.
   *
   * @throws UsageException with oc's message when there is more than one slash or a part is empty
   */
  public static StreamTagName parse(String value, String defaultNamespace) {
    if (!value.contains("/")) {
      return new StreamTagName(defaultNamespace, value);
    }
    String[] parts = value.split("/", -1);
    if (parts.length != 2) {
      throw new UsageException("invalid image stream \"" + value + "\"");
    }
    if (parts[0].isEmpty()) {
      throw new UsageException("invalid namespace \"\" for image stream \"" + value + "\"");
    }
    if (parts[1].isEmpty()) {
      throw new UsageException("invalid name \"\" for image stream \"" + value + "\"");
    }
    return new StreamTagName(parts[0], parts[1]);
  }

  /** The stream name, before the first colon. */
  public String stream() {
    int colon = nameAndTag.indexOf(':');
    return colon < 0 ? nameAndTag : nameAndTag.substring(0, colon);
  }

  /** The tag after the first colon; {@code latest} when none is written, as oc's split does. */
  public String tag() {
    int colon = nameAndTag.indexOf(':');
    String tag = colon < 0 ? "" : nameAndTag.substring(colon + 1);
    return tag.isEmpty() ? "latest" : tag;
  }

  /**
   * Checks that the destination names a tag.
   *
   * @throws UsageException {@code "X" must be of the form <stream_name>:<tag>}
   */
  public StreamTagName requireTag() {
    if (!nameAndTag.contains(":")) {
      throw new UsageException("\"" + nameAndTag + "\" must be of the form <stream_name>:<tag>");
    }
    return this;
  }

  /**
   * Checks that the name is {@code stream@id}, as ImageStreamImage names are.
   *
   * @throws UsageException {@code "X" must be of the form <stream_name>@<id>}
   */
  public StreamTagName requireImage() {
    int at = nameAndTag.indexOf('@');
    if (at <= 0 || at == nameAndTag.length() - 1) {
      throw new UsageException("\"" + nameAndTag + "\" must be of the form <stream_name>@<id>");
    }
    return this;
  }

  /** The stream of a {@code stream@id} name. */
  public String imageStream() {
    return nameAndTag.substring(0, nameAndTag.indexOf('@'));
  }

  /** The image id (a digest or a unique prefix of one) of a {@code stream@id} name. */
  public String imageId() {
    return nameAndTag.substring(nameAndTag.indexOf('@') + 1);
  }

  /** As oc prints a destination: bare in the current namespace, else with its namespace. */
  public String display(String currentNamespace) {
    return namespace.equals(currentNamespace) ? nameAndTag : namespace + "/" + nameAndTag;
  }
}
