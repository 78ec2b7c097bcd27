package io.isctl.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward HTTP proxy on loopback that wants Basic credentials, as squid with {@code auth_param
 * basic} does: without the right {@code Proxy-Authorization} it answers 407 (its page echoing what
 * it got, as careless proxies do); with it, it forwards plain-http requests (one per connection)
 * and opens {@code CONNECT} tunnels. It records what it was asked, and strips its own header before
 * forwarding, as a proxy must. Every host name resolves to this machine (isctl never proxies
 * loopback, as Go does not): a registry on 127.0.0.1 is named {@code registry.test:PORT}, which
 * only the proxy can reach.
 */
public final class CredentialProxy implements AutoCloseable {
  /**
   * One request the proxy received: its request line and the {@code Proxy-Authorization} it
   * carried, or null.
   */
  public record Received(String requestLine, String proxyAuthorization) {}

  private final String expected;
  private final ServerSocket server;
  private final List<Received> received = new ArrayList<>();

  /**
   * @param user with {@code password}, the only credentials accepted
   */
  public CredentialProxy(String user, String password) {
    expected =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::serve, "credential-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Everything received so far, in order. */
  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void serve() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread handler = new Thread(() -> handle(client), "credential-proxy-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream());
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String requestLine = head.lines().findFirst().orElse("");
      Map<String, String> headers = headers(head);
      String authorization = headers.get("proxy-authorization");
      synchronized (this) {
        received.add(new Received(requestLine, authorization));
      }
      OutputStream out = client.getOutputStream();
      if (!expected.equals(authorization)) {
        byte[] page =
            ("<html>credentials refused: " + authorization + "</html>\n")
                .getBytes(StandardCharsets.UTF_8);
        out.write(
            ("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                    + "Content-Type: text/html\r\nContent-Length: "
                    + page.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(page);
        out.flush();
        return;
      }
      String[] parts = requestLine.split(" ");
      if (parts[0].equals("CONNECT")) {
        tunnel(parts[1], in, out);
      } else {
        forward(parts, head, in, out);
      }
    } catch (IOException clientWentAway) {
      // the next connection is served all the same
    }
  }

  /** Opens the tunnel and copies bytes both ways until either side closes. */
  private static void tunnel(String hostPort, InputStream in, OutputStream out) throws IOException {
    int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    try (Socket target = new Socket(InetAddress.getLoopbackAddress(), port)) {
      out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread upstream = new Thread(() -> copy(in, target), "credential-proxy-tunnel");
      upstream.setDaemon(true);
      upstream.start();
      target.getInputStream().transferTo(out);
    }
  }

  /** Sends the request on in origin form without the proxy's headers, and the whole answer back. */
  private static void forward(String[] requestLine, String head, InputStream in, OutputStream out)
      throws IOException {
    URI target = URI.create(requestLine[1]);
    int port = target.getPort() == -1 ? 80 : target.getPort();
    try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port)) {
      StringBuilder request =
          new StringBuilder(
              requestLine[0]
                  + " "
                  + target.getRawPath()
                  + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                  + " "
                  + requestLine[2]
                  + "\r\n");
      long length = 0;
      for (String line : head.lines().skip(1).filter(line -> !line.isEmpty()).toList()) {
        String name =
            line.substring(0, Math.max(line.indexOf(':'), 0)).strip().toLowerCase(Locale.ROOT);
        if (name.equals("content-length")) {
          length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
        }
        if (!name.startsWith("proxy-")
            && !name.equals("connection")
            && !name.equals("keep-alive")) {
          request.append(line).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream toTarget = upstream.getOutputStream();
      toTarget.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      toTarget.write(in.readNBytes((int) length));
      toTarget.flush();
      upstream.getInputStream().transferTo(out);
      out.flush();
    }
  }

  private static void copy(InputStream in, Socket target) {
    try {
      in.transferTo(target.getOutputStream());
      target.shutdownOutput();
    } catch (IOException closed) {
      // the tunnel is over
    }
  }

  /** The request line and headers, up to the blank line; "" when the client closed first. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b = in.read(); b != -1; b = in.read()) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return "";
  }

  private static Map<String, String> headers(String head) {
    Map<String, String> headers = new LinkedHashMap<>();
    head.lines()
        .skip(1)
        .filter(line -> line.indexOf(':') > 0)
        .forEach(
            line ->
                headers.put(
                    line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                    line.substring(line.indexOf(':') + 1).strip()));
    return headers;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
