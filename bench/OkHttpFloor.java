import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A floor of bench/fixed-cost.sh: the requests of a sync of one unchanged tag (GET /v2/, then one
 * manifest HEAD) made with OkHttp and nothing else: no store, no picocli, no TLS at all (cleartext
 * only, so OkHttp builds no TLS context). Prints the digest.
 *
 * <p>Usage: java -cp OKHTTP_JARS:. OkHttpFloor REGISTRY REPOSITORY TAG
 */
public class OkHttpFloor {
  public static void main(String[] args) throws Exception {
    String base = "http://" + args[0] + "/v2/";
    OkHttpClient client =
        new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
    try (Response ping = client.newCall(new Request.Builder().url(base).build()).execute()) {
      ping.body().string();
    }
    Request head =
        new Request.Builder()
            .url(base + args[1] + "/manifests/" + args[2])
            .head()
            .header("Accept", "application/vnd.oci.image.manifest.v1+json")
            .build();
    try (Response answer = client.newCall(head).execute()) {
      System.out.println(answer.header("Docker-Content-Digest"));
    }
    // OkHttp's pool and task runner keep threads alive for a while: a CLI exits at once.
    System.exit(0);
  }
}
