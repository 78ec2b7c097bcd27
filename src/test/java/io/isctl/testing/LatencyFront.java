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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A plain-HTTP front for a loopback registry that holds each request for as long as {@code
 * delayFor} says before passing it on, so that answers to requests in flight together arrive in
 * another order than they were asked in (or as if the registry were far away). Answers pass through
 * byte for byte. A TLS hello (an HTTPS probe) is counted and answered 400, as Go's HTTP server
 * answers it. Not a fake registry: everything else is the real registry's.
 */
public final class LatencyFront implements AutoCloseable {
  private static final int TLS_HANDSHAKE = 0x16;

  private final ServerSocket server;
  private final String upstreamHost;
  private final int upstreamPort;
  private final Function<String, Duration> delayFor;
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final AtomicInteger tlsHellos = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private LatencyFront(String upstream, Function<String, Duration> delayFor) throws IOException {
    int colon = upstream.lastIndexOf(':');
    this.upstreamHost = upstream.substring(0, colon);
    this.upstreamPort = Integer.parseInt(upstream.substring(colon + 1));
    this.delayFor = delayFor;
    this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    daemon(this::accept, "latency-front");
  }

  /**
   * A front for {@code upstream} ({@code host:port}) delaying each request by {@code delayFor} of
   * its request line ({@code HEAD /v2/app/manifests/v1 HTTP/1.1}).
   */
  public static LatencyFront start(String upstream, Function<String, Duration> delayFor) {
    try {
      return new LatencyFront(upstream, delayFor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Holds manifest requests for {@code delay}, others not at all. */
  public static Function<String, Duration> manifests(Duration delay) {
    return line -> line.contains("/manifests/") ? delay : Duration.ZERO;
  }

  /** {@code 127.0.0.1:PORT}. */
  public String hostPort() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /** The request lines passed on, in the order they arrived. */
  public List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  /** How many connections opened with a TLS hello. */
  public int tlsHellos() {
    return tlsHellos.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        daemon(() -> serve(client), "latency-front connection");
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        Socket upstream = new Socket(upstreamHost, upstreamPort)) {
      sockets.add(upstream);
      InputStream in = new BufferedInputStream(client.getInputStream());
      in.mark(1);
      if (in.read() == TLS_HANDSHAKE) {
        tlsHellos.incrementAndGet();
        client
            .getOutputStream()
            .write(
                "HTTP/1.0 400 Bad Request\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        return;
      }
      in.reset();
      daemon(() -> pipe(upstream, client), "latency-front answers");
      OutputStream toUpstream = upstream.getOutputStream();
      while (true) {
        byte[] head = readHead(in);
        if (head == null) {
          return;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String requestLine = text.substring(0, text.indexOf("\r\n"));
        requestLines.add(requestLine);
        Duration delay = delayFor.apply(requestLine);
        if (!delay.isZero()) {
          Thread.sleep(delay.toMillis());
        }
        toUpstream.write(head);
        toUpstream.write(in.readNBytes(contentLength(text)));
        toUpstream.flush();
      }
    } catch (IOException finished) {
      // one side closed the connection
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pipe(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException finished) {
      // one side closed the connection
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException alreadyClosed) {
        // nothing more to send either way
      }
    }
  }

  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toByteArray();
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    return 0;
  }

  private static void daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException alreadyClosed) {
        // closed by its connection
      }
    }
  }
}
