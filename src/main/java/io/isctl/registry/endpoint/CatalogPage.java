package io.isctl.registry.endpoint;

import io.isctl.registry.RegistryException;
import io.isctl.registry.json.CatalogJson;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.transport.BufferedResponse;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One page of {@code GET /v2/_catalog}: repository names and the next page ({@link NextPageLink}).
 * Token registries want scope {@code registry:catalog:*} for it; many public registries do not
 * offer it at all.
 */
public final class CatalogPage implements RegistryEndpoint<NamePage> {

  private static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;

  private final HttpUrl pageUrl;
  private final RegistryJson json;

  /** The first page when {@code pageUrl} is null, else the page a Link pointed to. */
  public CatalogPage(HttpUrl pageUrl, RegistryJson json) {
    this.pageUrl = pageUrl;
    this.json = json;
  }

  @Override
  public Request request(HttpUrl registryBase) {
    HttpUrl url =
        pageUrl != null
            ? pageUrl
            : registryBase.newBuilder().addPathSegment("v2").addPathSegment("_catalog").build();
    return new Request.Builder().url(url).get().header("Accept", "application/json").build();
  }

  @Override
  public String notFoundCode() {
    return "NOT_FOUND";
  }

  @Override
  public long maxBodyBytes() {
    return MAX_PAGE_BYTES;
  }

  @Override
  public NamePage handle(BufferedResponse response) {
    CatalogJson page;
    try {
      page = json.read(response.body(), CatalogJson.class);
    } catch (IOException e) {
      throw new RegistryException(
          response.describe() + ": the catalog is not valid JSON", null, response.code(), e);
    }
    return new NamePage(page.repositories(), NextPageLink.of(response, "_catalog"));
  }
}
