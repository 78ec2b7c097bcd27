package io.isctl.registry.endpoint;

import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.json.TagListJson;
import io.isctl.registry.transport.BufferedResponse;
import io.isctl.registry.transport.HttpExecutor;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One page of {@code GET /v2/<name>/tags/list}: the tags and the next page from the RFC 5988
 * {@code Link: <…>; rel="next"} header, resolved against the page URL (it is often relative and
 * may carry opaque parameters such as Quay's {@code next_page}; OCI spec "Listing Tags").
 */
public final class TagListPage implements RegistryEndpoint<TagListPage.Page> {

  /** A page's tags and where the next page is, if there is one. */
  public record Page(List<String> tags, Optional<HttpUrl> next) {}

  private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
  private static final Pattern REL_NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);
  private static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;

  private final RegistryRepository repository;
  private final HttpUrl pageUrl;
  private final RegistryJson json;

  /** The first page when {@code pageUrl} is null, else the page a Link pointed to. */
  public TagListPage(RegistryRepository repository, HttpUrl pageUrl, RegistryJson json) {
    this.repository = repository;
    this.pageUrl = pageUrl;
    this.json = json;
  }

  @Override
  public Request request(HttpUrl registryBase) {
    HttpUrl url = pageUrl != null ? pageUrl : registryBase.newBuilder()
        .addPathSegment("v2").addPathSegments(repository.repository())
        .addPathSegment("tags").addPathSegment("list").build();
    return new Request.Builder().url(url).get().header("Accept", "application/json").build();
  }

  @Override
  public String notFoundCode() {
    return "NAME_UNKNOWN";
  }

  @Override
  public long maxBodyBytes() {
    return MAX_PAGE_BYTES;
  }

  @Override
  public Page handle(BufferedResponse response) {
    TagListJson page;
    try {
      page = json.read(response.body(), TagListJson.class);
    } catch (IOException e) {
      throw new RegistryException(response.describe() + ": the tag list is not valid JSON", null, response.code(), e);
    }
    Optional<HttpUrl> next = nextLink(response).map(link -> {
      HttpUrl resolved = response.finalUrl().resolve(link);
      if (resolved == null || !HttpExecutor.sameOrigin(resolved, response.finalUrl())) {
        // Following a Link elsewhere would send our credentials to another host.
        throw new RegistryException(response.describe() + ": refusing a tags/list Link to another host");
      }
      return resolved;
    });
    return new Page(page.tags(), next);
  }

  private static Optional<String> nextLink(BufferedResponse response) {
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
