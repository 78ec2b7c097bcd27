import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A floor of bench/fixed-cost.sh: the requests of a sync of one unchanged tag (GET /v2/, then one
 * manifest HEAD) written to a plain socket by hand, one connection each: what the JVM itself takes
 * for them, with no HTTP library. Prints the digest.
 *
 * <p>Usage: java SocketFloor HOST:PORT REPOSITORY TAG
 */
public class SocketFloor {
  public static void main(String[] args) throws Exception {
    exchange(args[0], "GET /v2/");
    String head = exchange(args[0], "HEAD /v2/" + args[1] + "/manifests/" + args[2]);
    for (String line : head.split("\r\n")) {
      if (line.regionMatches(true, 0, "Docker-Content-Digest:", 0, 22)) {
        System.out.println(line.substring(22).trim());
      }
    }
  }

  /** The response's head (and body, if any) to REQUEST_LINE, on a connection of its own. */
  private static String exchange(String hostPort, String requestLine) throws Exception {
    int colon = hostPort.lastIndexOf(':');
    try (Socket socket =
        new Socket(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine
                  + " HTTP/1.1\r\nHost: "
                  + hostPort
                  + "\r\nAccept: application/vnd.oci.image.manifest.v1+json\r\n"
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
