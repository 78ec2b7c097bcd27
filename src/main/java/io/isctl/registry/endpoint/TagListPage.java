package io.isctl.registry.endpoint;

import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.json.TagListJson;
import io.isctl.registry.transport.BufferedResponse;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One page of {@code GET /v2/<name>/tags/list}: the tags and the next page ({@link NextPageLink}).
 */
public final class TagListPage implements RegistryEndpoint<NamePage> {

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
    HttpUrl url =
        pageUrl != null
            ? pageUrl
            : registryBase
                .newBuilder()
                .addPathSegment("v2")
                .addPathSegments(repository.repository())
                .addPathSegment("tags")
                .addPathSegment("list")
                .build();
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
  public NamePage handle(BufferedResponse response) {
    TagListJson page;
    try {
      page = json.read(response.body(), TagListJson.class);
    } catch (IOException e) {
      throw new RegistryException(
          response.describe() + ": the tag list is not valid JSON", null, response.code(), e);
    }
    return new NamePage(page.tags(), NextPageLink.of(response, "tags/list"));
  }
}
