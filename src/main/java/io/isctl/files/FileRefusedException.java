package io.isctl.files;

import io.isctl.base.IsctlException;

/**
 * A file isctl will not read or write as asked: a symbolic link where none is followed, something
 * that is not a regular file, or more bytes than the limit. The message names the path, never the
 * content.
 */
public final class FileRefusedException extends IsctlException {
  private static final long serialVersionUID = 1L;

  FileRefusedException(String message) {
    super(message);
  }

  static FileRefusedException link(Object path) {
    return new FileRefusedException(
        path + ": is a symbolic link, which isctl does not follow here");
  }

  static FileRefusedException notRegular(Object path) {
    return new FileRefusedException(path + ": not a regular file");
  }

  static FileRefusedException tooLarge(Object name, long limit) {
    return new FileRefusedException(
        name + ": the file is larger than the limit of " + limit + " bytes");
  }
}
