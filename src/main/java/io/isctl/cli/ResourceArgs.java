package io.isctl.cli;

import io.isctl.base.UsageException;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources {@code get} is asked for, written as kubectl takes them: {@code TYPE[,TYPE...]
 * [NAME...]} (each type with every name) or {@code TYPE/NAME...}.
 *
 * @param requests one per resource kind in the order asked, consecutive names of a kind together
 * @param singleItem one object named, of one kind: {@code -o json} prints that object, not a List
 */
record ResourceArgs(List<Request> requests, boolean singleItem) {

  /** The names asked of one kind; none lists the kind. */
  record Request(ResourceKind kind, List<String> names) {}

  /**
   * @throws UsageException for an unknown kind or a mix of the two forms
   */
  static ResourceArgs parse(String first, List<String> rest) {
    if (!isTypeAndName(first)) {
      List<Request> requests = new ArrayList<>();
      for (String type : first.split(",", -1)) {
        for (String name : rest) {
          if (isTypeAndName(name) && isKnownKind(name.substring(0, name.indexOf('/')))) {
            throw new UsageException(
                "there is no need to specify a resource type as a separate argument when passing"
                    + " arguments in resource/name form (e.g. 'isctl get resource/<resource_name>'"
                    + " instead of 'isctl get resource resource/<resource_name>')");
          }
        }
        requests.add(new Request(ResourceKind.parse(type), List.copyOf(rest)));
      }
      return new ResourceArgs(requests, requests.size() == 1 && rest.size() == 1);
    }
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    List<Request> requests = new ArrayList<>();
    for (String arg : all) {
      int slash = arg.indexOf('/');
      if (slash < 0 || slash == arg.length() - 1) {
        throw new UsageException(
            "arguments in resource/name form must have a single resource and name: \""
                + arg
                + "\"");
      }
      ResourceKind kind = ResourceKind.parse(arg.substring(0, slash));
      String name = arg.substring(slash + 1);
      Request last = requests.isEmpty() ? null : requests.get(requests.size() - 1);
      if (last != null && last.kind() == kind) {
        List<String> names = new ArrayList<>(last.names());
        names.add(name);
        requests.set(requests.size() - 1, new Request(kind, names));
      } else {
        requests.add(new Request(kind, List.of(name)));
      }
    }
    return new ResourceArgs(requests, all.size() == 1);
  }

  /** {@code is/web}: a resource then a name (a namespace-qualified name has a kind first too). */
  private static boolean isTypeAndName(String arg) {
    int slash = arg.indexOf('/');
    return slash > 0
        && !arg.substring(0, slash).contains(",")
        && isKnownKind(arg.substring(0, slash));
  }

  private static boolean isKnownKind(String type) {
    try {
      ResourceKind.parse(type);
      return true;
    } catch (UsageException e) {
      return false;
    }
  }
}
