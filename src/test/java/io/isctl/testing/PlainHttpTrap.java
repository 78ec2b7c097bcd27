package io.isctl.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A plain-HTTP port that records whatever bytes arrive and answers 400 at once, as Go's HTTP server
 * answers a TLS hello: what a client sends a plain-HTTP registry it does not trust.
 */
public final class PlainHttpTrap implements AutoCloseable {
  private final ServerSocket server;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final Thread acceptor;

  public PlainHttpTrap() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::serve, "plain-http-trap");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String hostPort() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /** Everything received so far, on every connection. */
  public synchronized byte[] received() {
    return received.toByteArray();
  }

  private void serve() {
    while (!server.isClosed()) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException closed) {
        return;
      }
      try (socket) {
        record(socket);
        socket
            .getOutputStream()
            .write(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
      } catch (IOException clientWentAway) {
        // keep serving the next connection
      }
    }
  }

  private void record(Socket socket) throws IOException {
    socket.setSoTimeout(500);
    byte[] buffer = new byte[4096];
    try {
      int n = socket.getInputStream().read(buffer);
      synchronized (this) {
        received.write(buffer, 0, Math.max(n, 0));
      }
    } catch (SocketTimeoutException quiet) {
      // the client sent nothing yet: answer anyway
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      acceptor.join(5000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
