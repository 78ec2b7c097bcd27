package io.isctl.registry.endpoint;

import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * One page of a paginated list of names (tags, repositories) and where the next page is, if there
 * is one.
 *
 * @param names the names on this page, in the registry's order
 */
public record NamePage(List<String> names, Optional<HttpUrl> next) {

  public NamePage {
    names = List.copyOf(names);
  }
}
