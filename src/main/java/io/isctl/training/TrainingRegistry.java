package io.isctl.training;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registry on loopback for the runs the launchers make class-data archives from: {@code
 * import-image --all} and {@code sync} against it load exactly what a real import and a re-check of
 * unchanged tags load (the HTTPS probe of an insecure registry, the plain-HTTP ping, tags/list,
 * HEAD and GET of manifests and of a manifest list, a config blob), and nothing leaves the machine.
 * It runs in a JVM of its own, so none of its classes enters an archive. It serves the distribution
 * API's reads for one repository, {@code train/app}, over HTTP/1.1 on 127.0.0.1, and exits once
 * idle for a few seconds (or killed), so a launcher that dies leaves nothing running.
 *
 * <p>Usage: {@code java -cp isctl.jar io.isctl.training.TrainingRegistry PORT_FILE}: binds a free
 * port and writes {@code 127.0.0.1:PORT} to PORT_FILE (atomically) once it accepts connections.
 */
public final class TrainingRegistry {
  private static final int IDLE_EXIT_MILLIS = 5_000;
  private static final int MAX_RUN_MILLIS = 120_000;
  private static final String REPOSITORY = "train/app";
  private static final String MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
  private static final String LIST = "application/vnd.docker.distribution.manifest.list.v2+json";

  private final Map<String, Blob> manifests = new LinkedHashMap<>();
  private final Map<String, Blob> blobs = new LinkedHashMap<>();
  private volatile long lastActivity = System.currentTimeMillis();

  private record Blob(String mediaType, byte[] bytes, String digest) {}

  private TrainingRegistry() {
    Blob layer = blob("application/octet-stream", "isctl training layer\n");
    String diffId =
        digest("isctl training layer (uncompressed)\n".getBytes(StandardCharsets.UTF_8));
    Blob config =
        blob(
            "application/vnd.docker.container.image.v1+json",
            "{\"architecture\":\"amd64\",\"os\":\"linux\",\"created\":\"2024-01-01T00:00:00Z\","
                + "\"config\":{\"Env\":[\"PATH=/usr/bin\"],\"Labels\":{\"io.isctl\":\"training\"}},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
                + diffId
                + "\"]}}");
    blobs.put(layer.digest(), layer);
    blobs.put(config.digest(), config);
    Blob image =
        blob(
            MANIFEST,
            "{\"schemaVersion\":2,\"mediaType\":\""
                + MANIFEST
                + "\",\"config\":{\"mediaType\":\""
                + config.mediaType()
                + "\",\"size\":"
                + config.bytes().length
                + ",\"digest\":\""
                + config.digest()
                + "\"},\"layers\":[{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\","
                + "\"size\":"
                + layer.bytes().length
                + ",\"digest\":\""
                + layer.digest()
                + "\"}]}");
    Blob list =
        blob(
            LIST,
            "{\"schemaVersion\":2,\"mediaType\":\""
                + LIST
                + "\",\"manifests\":[{\"mediaType\":\""
                + MANIFEST
                + "\",\"size\":"
                + image.bytes().length
                + ",\"digest\":\""
                + image.digest()
                + "\",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}");
    for (String tag : new String[] {"v1", "v2", "v3", "latest"}) {
      manifests.put(tag, image);
    }
    manifests.put("multi", list);
    manifests.put(image.digest(), image);
    manifests.put(list.digest(), list);
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1) {
      System.err.println("usage: TrainingRegistry PORT_FILE");
      System.exit(2);
    }
    new TrainingRegistry().serve(Path.of(args[0]));
  }

  private void serve(Path portFile) throws IOException, InterruptedException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(200);
      Path temp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
      Files.writeString(temp, "127.0.0.1:" + server.getLocalPort() + "\n");
      Files.move(temp, portFile, StandardCopyOption.ATOMIC_MOVE);
      long started = System.currentTimeMillis();
      while (System.currentTimeMillis() - lastActivity < IDLE_EXIT_MILLIS
          && System.currentTimeMillis() - started < MAX_RUN_MILLIS) {
        try {
          Socket socket = server.accept();
          lastActivity = System.currentTimeMillis();
          Thread connection = new Thread(() -> connection(socket));
          connection.setDaemon(true);
          connection.start();
        } catch (SocketTimeoutException idle) {
          // look at the clocks again
        }
      }
    }
  }

  private void connection(Socket socket) {
    try (socket;
        InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
        OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
      socket.setSoTimeout(IDLE_EXIT_MILLIS);
      while (true) {
        if (peek(in) == TLS_HANDSHAKE) {
          // An HTTPS probe's TLS handshake on this plain-HTTP port: refused as an HTTP server
          // refuses it, with a 400 no TLS client can read.
          respond(out, "HEAD", 400, "text/plain", new byte[0], Map.of(), true);
          return;
        }
        String head = readHead(in);
        if (head == null) {
          return;
        }
        lastActivity = System.currentTimeMillis();
        String[] requestLine = head.split("\r\n", 2)[0].split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
          respond(out, "HEAD", 400, "text/plain", new byte[0], Map.of(), true);
          return;
        }
        answer(out, requestLine[0], requestLine[1]);
      }
    } catch (IOException closed) {
      // the client went away
    }
  }

  private void answer(OutputStream out, String method, String path) throws IOException {
    String prefix = "/v2/" + REPOSITORY + "/";
    if (path.equals("/v2/")) {
      respond(out, method, 200, "application/json", "{}".getBytes(), Map.of(), false);
    } else if (path.equals(prefix + "tags/list")) {
      StringBuilder tags = new StringBuilder();
      for (String tag : manifests.keySet()) {
        if (!tag.startsWith("sha256:")) {
          tags.append(tags.length() == 0 ? "" : ",").append('"').append(tag).append('"');
        }
      }
      String body = "{\"name\":\"" + REPOSITORY + "\",\"tags\":[" + tags + "]}";
      respond(out, method, 200, "application/json", body.getBytes(), Map.of(), false);
    } else if (path.startsWith(prefix + "manifests/")) {
      found(out, method, manifests.get(path.substring((prefix + "manifests/").length())));
    } else if (path.startsWith(prefix + "blobs/")) {
      found(out, method, blobs.get(path.substring((prefix + "blobs/").length())));
    } else {
      notFound(out, method);
    }
  }

  private static void found(OutputStream out, String method, Blob blob) throws IOException {
    if (blob == null) {
      notFound(out, method);
      return;
    }
    respond(
        out,
        method,
        200,
        blob.mediaType(),
        blob.bytes(),
        Map.of("Docker-Content-Digest", blob.digest()),
        false);
  }

  private static void notFound(OutputStream out, String method) throws IOException {
    byte[] body =
        "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    respond(out, method, 404, "application/json", body, Map.of(), false);
  }

  private static void respond(
      OutputStream out,
      String method,
      int status,
      String contentType,
      byte[] body,
      Map<String, String> headers,
      boolean close)
      throws IOException {
    StringBuilder head =
        new StringBuilder("HTTP/1.1 ")
            .append(status)
            .append(status == 200 ? " OK" : status == 404 ? " Not Found" : " Bad Request")
            .append("\r\nDocker-Distribution-API-Version: registry/2.0\r\nContent-Type: ")
            .append(contentType)
            .append("\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (close) {
      head.append("Connection: close\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!method.equals("HEAD")) {
      out.write(body);
    }
    out.flush();
  }

  /** The first byte of a TLS record that starts a handshake. */
  private static final int TLS_HANDSHAKE = 0x16;

  /** The next byte, left unread; -1 at the end of the stream. */
  private static int peek(InputStream in) throws IOException {
    in.mark(1);
    int b = in.read();
    in.reset();
    return b;
  }

  /** The request's head up to the blank line; null at the end of the stream. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      if (head.size() > 16 * 1024) {
        return "";
      }
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static Blob blob(String mediaType, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new Blob(mediaType, bytes, digest(bytes));
  }

  private static String digest(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
