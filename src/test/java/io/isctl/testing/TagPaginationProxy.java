package io.isctl.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A pass-through proxy in front of a {@link LocalRegistry} that paginates {@code tags/list} the way
 * distribution 3 and the OCI spec do ({@code n}, exclusive {@code last}, sorted, {@code Link:
 * rel="next"}), because Debian's distribution 2.8 ignores {@code n}/{@code last}. It is a test
 * shim, not the registry.
 */
public final class TagPaginationProxy implements AutoCloseable {

  /** Whether the {@code Link} header carries a path (like Quay) or a full URL. */
  public enum LinkStyle {
    RELATIVE,
    ABSOLUTE
  }

  private static final Pattern TAGS_LIST = Pattern.compile("/v2/(.+)/tags/list");
  private static final Set<String> HOP_HEADERS =
      Set.of("host", "content-length", "connection", "transfer-encoding", "accept-encoding");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalRegistry registry;
  private final int defaultPageSize;
  private final LinkStyle linkStyle;
  private final OkHttpClient upstream = new OkHttpClient.Builder().followRedirects(false).build();
  private final HttpServer server;

  private TagPaginationProxy(LocalRegistry registry, int defaultPageSize, LinkStyle linkStyle) {
    this.registry = registry;
    this.defaultPageSize = defaultPageSize;
    this.linkStyle = linkStyle;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("starting the pagination proxy", e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a proxy whose pages hold {@code defaultPageSize} tags when the client sends no {@code
   * n}.
   */
  public static TagPaginationProxy start(
      LocalRegistry registry, int defaultPageSize, LinkStyle linkStyle) {
    return new TagPaginationProxy(registry, defaultPageSize, linkStyle);
  }

  /** {@code 127.0.0.1:PORT} of the proxy. */
  public String hostPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request.Builder forward =
          new Request.Builder().url(registry.baseUrl() + exchange.getRequestURI());
      // Forward repeated headers one by one: collapsing several Accept lines made 2.8 404 OCI
      // content.
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                  values.forEach(value -> forward.addHeader(name, value));
                }
              });
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      forward.method(
          method, method.equals("GET") || method.equals("HEAD") ? null : RequestBody.create(body));
      Matcher tags = TAGS_LIST.matcher(exchange.getRequestURI().getPath());
      try (Response response = upstream.newCall(forward.build()).execute()) {
        if (tags.matches() && method.equals("GET") && response.code() == 200) {
          paginate(exchange, tags.group(1), response);
        } else {
          relay(exchange, response, response.body().bytes());
        }
      }
    }
  }

  private void paginate(HttpExchange exchange, String name, Response upstreamResponse)
      throws IOException {
    Map<String, String> query = queryOf(exchange);
    int pageSize;
    try {
      pageSize = query.containsKey("n") ? Integer.parseInt(query.get("n")) : defaultPageSize;
    } catch (NumberFormatException e) {
      pageSize = -1;
    }
    if (pageSize < 0) {
      sendJson(
          exchange,
          400,
          Headers.of(),
          "{\"errors\":[{\"code\":\"PAGINATION_NUMBER_INVALID\",\"message\":\"invalid number of results requested\"}]}");
      return;
    }
    JsonNode full = JSON.readTree(upstreamResponse.body().bytes());
    List<String> all = new ArrayList<>();
    full.path("tags").forEach(tag -> all.add(tag.asText()));
    all.sort(null);
    String last = query.get("last");
    List<String> after =
        all.stream().filter(tag -> last == null || tag.compareTo(last) > 0).toList();
    List<String> page = after.subList(0, Math.min(pageSize, after.size()));
    Headers headers = Headers.of();
    if (pageSize > 0 && page.size() < after.size()) {
      String next =
          "/v2/"
              + name
              + "/tags/list?last="
              + URLEncoder.encode(page.get(page.size() - 1), StandardCharsets.UTF_8)
              + "&n="
              + pageSize;
      String target = linkStyle == LinkStyle.ABSOLUTE ? "http://" + hostPort() + next : next;
      headers = Headers.of("Link", "<" + target + ">; rel=\"next\"");
    }
    ObjectNode out = JSON.createObjectNode().put("name", name);
    page.forEach(out.putArray("tags")::add);
    sendJson(exchange, 200, headers, out.toString());
  }

  private static Map<String, String> queryOf(HttpExchange exchange) {
    HttpUrl url = HttpUrl.get("http://proxy" + exchange.getRequestURI());
    Map<String, String> query = new java.util.HashMap<>();
    for (String name : url.queryParameterNames()) {
      query.put(name, url.queryParameter(name));
    }
    return query;
  }

  private static void relay(HttpExchange exchange, Response response, byte[] body)
      throws IOException {
    response
        .headers()
        .forEach(
            header -> {
              if (!HOP_HEADERS.contains(header.getFirst().toLowerCase())) {
                exchange.getResponseHeaders().add(header.getFirst(), header.getSecond());
              }
            });
    boolean head = exchange.getRequestMethod().equals("HEAD");
    String length = response.header("Content-Length");
    if (head && length != null) {
      exchange.getResponseHeaders().set("Content-Length", length);
    }
    exchange.sendResponseHeaders(response.code(), head || body.length == 0 ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static void sendJson(HttpExchange exchange, int status, Headers headers, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    headers.forEach(h -> exchange.getResponseHeaders().add(h.getFirst(), h.getSecond()));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
