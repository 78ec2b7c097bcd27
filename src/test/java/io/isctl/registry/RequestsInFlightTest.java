package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.base.Sleeper;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.TestUser;
import io.isctl.testing.TokenServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests to one registry in flight together: at most the limit at a time, one pause for all of
 * them when the registry answers 429, one token fetched for all of them.
 */
class RequestsInFlightTest {
  private static final int IN_FLIGHT = 8;

  @RegisterExtension
  static final LocalRegistry TOKENED =
      LocalRegistry.tokenAuth(TokenServer.Policy.users(TestUser.ALICE).withAnonymousPull());

  private static final byte[] MANIFEST =
      ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
              + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":2,"
              + "\"digest\":\"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\"},\"layers\":[]}")
          .getBytes(StandardCharsets.UTF_8);

  private final FaultyRegistry faulty = FaultyRegistry.start();
  private final ExecutorService threads = Executors.newFixedThreadPool(2 * IN_FLIGHT);

  @AfterEach
  void stop() {
    threads.shutdownNow();
    faulty.close();
  }

  /** {@code count} HEADs of tags t0, t1, ... from as many threads at once; their digests. */
  private List<String> headsAtOnce(RegistryClient client, String registry, String repo, int count)
      throws Exception {
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ManifestRequest request = ManifestRequest.tag(RegistryRepository.of(registry, repo), "t" + i);
      answers.add(threads.submit(() -> client.headManifest(request).digest().toString()));
    }
    List<String> digests = new ArrayList<>();
    for (Future<String> answer : answers) {
      digests.add(answer.get(60, TimeUnit.SECONDS));
    }
    return digests;
  }

  @Test
  void a429ToRequestsInFlight_pausesTheRegistryOnce_andNoRequestGoesOutDuringThePause()
      throws Exception {
    // The first eight HEADs are answered together, all with 429 and Retry-After: 2; later ones
    // with the manifest. The sleeper really sleeps a moment, so that every request that got a 429
    // joins the pause of the first rather than starting its own.
    CountDownLatch allEightAsked = new CountDownLatch(IN_FLIGHT);
    AtomicInteger heads = new AtomicInteger();
    AtomicBoolean pausing = new AtomicBoolean();
    List<Integer> askedDuringThePause = new CopyOnWriteArrayList<>();
    List<Duration> pauses = new CopyOnWriteArrayList<>();
    Sleeper sleeper =
        wait -> {
          pauses.add(wait);
          pausing.set(true);
          Thread.sleep(300);
          pausing.set(false);
        };
    faulty.answer(
        request -> {
          if (!"HEAD".equals(request.getMethod())) {
            return new MockResponse.Builder().code(200).body("{}").build();
          }
          int n = heads.incrementAndGet();
          if (pausing.get()) {
            askedDuringThePause.add(n);
          }
          if (n > IN_FLIGHT) {
            return head();
          }
          allEightAsked.countDown();
          try {
            allEightAsked.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build();
        });
    RegistryClient client =
        OkHttpRegistryClient.create(
            RegistryClientSettings.defaults()
                .withInsecureRegistries(Set.of(faulty.hostPort()))
                .withSleeper(sleeper)
                .withMaxConcurrency(IN_FLIGHT));

    List<String> digests = headsAtOnce(client, faulty.hostPort(), "foo", IN_FLIGHT);

    assertThat(digests)
        .hasSize(IN_FLIGHT)
        .allMatch(d -> d.equals(ContentDigest.sha256(MANIFEST).toString()));
    assertThat(pauses).containsExactly(Duration.ofSeconds(2));
    assertThat(askedDuringThePause).isEmpty();
    assertThat(heads.get()).isEqualTo(2 * IN_FLIGHT);
  }

  @Test
  void noMoreThanTheLimit_areInFlightAtOnce() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    faulty.answer(
        request -> {
          if (!"HEAD".equals(request.getMethod())) {
            return new MockResponse.Builder().code(200).body("{}").build();
          }
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return head();
        });
    RegistryClient client =
        OkHttpRegistryClient.create(
            RegistryClientSettings.defaults()
                .withInsecureRegistries(Set.of(faulty.hostPort()))
                .withMaxConcurrency(3));

    assertThat(headsAtOnce(client, faulty.hostPort(), "foo", 12)).hasSize(12);
    assertThat(most.get()).isEqualTo(3);
  }

  @Test
  void requestsInFlightTogether_shareOneToken_fetchedOnce() throws Exception {
    TestImages images = new TestImages(TOKENED);
    for (int i = 0; i < IN_FLIGHT; i++) {
      images.schema2("team/shared", "t" + i, TestPlatform.LINUX_AMD64, "shared-" + i);
    }
    // Every request needs the token while the first fetch of it is still under way.
    TOKENED.tokenServer().answerAfter(Duration.ofMillis(500));
    int before = scopeRequests("repository:team/shared:pull");
    try {
      RegistryClient client =
          OkHttpRegistryClient.create(
              RegistryClientSettings.defaults()
                  .withInsecureRegistries(Set.of(TOKENED.hostPort()))
                  .withMaxConcurrency(IN_FLIGHT));

      List<String> digests = headsAtOnce(client, TOKENED.hostPort(), "team/shared", IN_FLIGHT);

      assertThat(digests).doesNotHaveDuplicates().hasSize(IN_FLIGHT);
      assertThat(scopeRequests("repository:team/shared:pull") - before).isEqualTo(1);
    } finally {
      TOKENED.tokenServer().answerAfter(Duration.ZERO);
    }
  }

  /** A HEAD's answer: the manifest's headers, no body. */
  private static MockResponse head() {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", MediaTypes.DOCKER_MANIFEST)
        .setHeader("Docker-Content-Digest", ContentDigest.sha256(MANIFEST).toString())
        .build();
  }

  private static int scopeRequests(String scope) {
    return (int)
        TOKENED.tokenServer().seen().stream().filter(seen -> seen.scopes().contains(scope)).count();
  }
}
