package io.isctl.registry.endpoint;

import io.isctl.registry.RegistryException;
import io.isctl.registry.transport.BufferedResponse;
import io.isctl.registry.transport.HttpExecutor;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The next page of a paginated list from the RFC 5988 {@code Link: <…>; rel="next"} header,
 * resolved against the page URL (it is often relative and may carry opaque parameters such as
 * Quay's {@code next_page}; OCI spec "Listing Tags", distribution's {@code _catalog}).
 */
final class NextPageLink {

  private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
  private static final Pattern REL_NEXT =
      Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  private NextPageLink() {}

  /**
   * The next page, if the response names one.
   *
   * @throws RegistryException when the link leads to another host, which would receive our
   *     credentials
   */
  static Optional<HttpUrl> of(BufferedResponse response, String what) {
    return find(response)
        .map(
            link -> {
              HttpUrl resolved = response.finalUrl().resolve(link);
              if (resolved == null || !HttpExecutor.sameOrigin(resolved, response.finalUrl())) {
                throw new RegistryException(
                    response.describe() + ": refusing a " + what + " Link to another host");
              }
              return resolved;
            });
  }

  private static Optional<String> find(BufferedResponse response) {
    for (String header : response.headers().values("Link")) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL_NEXT.matcher(link.group(2));
        if (rel.find() && List.of(rel.group(1).trim().split("\\s+")).contains("next")) {
          return Optional.of(link.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
