package io.isctl.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.apiserver.ApiException;
import io.isctl.importer.ImageImporter;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagReference;
import io.isctl.store.FileImageStreamStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What get and describe are given to print: a stream cut down to one tag, each tag's Pod image, the
 * image the API serves, and the API's answers for tags and ids it does not serve.
 */
class StreamViewQueriesTest {
  private static final String A = "sha256:" + "a".repeat(64);
  private static final String B = "sha256:" + "ab".repeat(32);
  private static final String REPOSITORY =
      "image-registry.openshift-image-registry.svc:5000/team/web";

  @TempDir Path store;
  private GetOperation get;
  private DescribeOperation describe;

  @BeforeEach
  void storeWithOneStream() throws IOException {
    Files.createDirectories(store.resolve("team"));
    Files.writeString(
        store.resolve("team/web.yaml"),
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: web
          namespace: team
        spec:
          lookupPolicy:
            local: false
          tags:
          - name: prod
            annotations:
              owner: ops
            from:
              kind: DockerImage
              name: quay.io/team/web:prod
            referencePolicy:
              type: Local
          - name: next
            from:
              kind: DockerImage
              name: quay.io/team/web:next
            referencePolicy:
              type: Source
        status:
          dockerImageRepository: %s
          tags:
          - tag: prod
            items:
            - created: "2026-11-01T10:00:00Z"
              dockerImageReference: quay.io/team/web@%s
              image: %s
          - tag: old
            items:
            - created: "2026-10-01T10:00:00Z"
              dockerImageReference: quay.io/team/web@%s
              image: %s
        """
            .formatted(REPOSITORY, A, A, B, B));
    Files.createDirectories(store.resolve("images.image.openshift.io/sha256"));
    Files.writeString(
        store.resolve("images.image.openshift.io/sha256/" + A.substring(7) + ".yaml"),
        """
        apiVersion: image.openshift.io/v1
        kind: Image
        metadata:
          name: %s
          annotations:
            owner: build
            team: web
        dockerImageReference: quay.io/team/web@%s
        """
            .formatted(A, A));
    ImageApiServer api =
        new ImageApiServer(
            new FileImageStreamStore(store), Clock.systemUTC(), ImageImporter.OFFLINE);
    get = new GetOperation(api);
    describe = new DescribeOperation(api);
  }

  @Test
  void aTag_isTheStreamCutDownToItsSpecTagAndHistory_withItsPodImageAndServedImage() {
    StreamTagView prod = describe.tag("team", "web:prod");

    assertThat(prod.name()).isEqualTo("web:prod");
    assertThat(prod.stream().stream().spec().tags())
        .extracting(TagReference::name)
        .containsExactly("prod");
    assertThat(prod.stream().stream().status().tags())
        .extracting(NamedTagEventList::tag)
        .containsExactly("prod");
    assertThat(prod.stream().stream().status().dockerImageRepository()).isEqualTo(REPOSITORY);
    // Local reference policy: Pods pull through the integrated registry, by digest.
    assertThat(prod.reference()).isEqualTo(REPOSITORY + "@" + A);
    assertThat(prod.stream().podImage("prod")).contains(REPOSITORY + "@" + A);
    assertThat(prod.servedImage().orElseThrow().dockerImageReference())
        .isEqualTo(REPOSITORY + "@" + A);
    // The spec tag's annotations are the served image's too, and win over the Image's own.
    assertThat(prod.servedImage().orElseThrow().metadata().annotations())
        .containsEntry("owner", "ops")
        .containsEntry("team", "web");
  }

  @Test
  void aSpecTagWithoutHistory_isDescribed_butIsNoImageStreamTagToGet() {
    StreamTagView next = describe.tag("team", "web:next");

    assertThat(next.current()).isEmpty();
    assertThat(next.image()).isEmpty();
    assertThat(next.stream().podImages()).isEmpty();
    assertThatThrownBy(() -> get.tags(new GetRequest(List.of("web:next"), "team", false)))
        .isInstanceOf(ApiException.class)
        .hasMessage("imagestreamtags.image.openshift.io \"web:next\" not found");
    assertThatThrownBy(() -> describe.tag("team", "web:none"))
        .isInstanceOf(ApiException.class)
        .hasMessage("imagestreamtags.image.openshift.io \"web:none\" not found");
  }

  @Test
  void listingTags_givesEveryTagWithACurrentImage_withoutPodImages() {
    List<StreamTagView> tags = get.tags(new GetRequest(List.of(), "team", false));

    assertThat(tags).extracting(StreamTagView::name).containsExactly("web:old", "web:prod");
    assertThat(tags.get(0).reference()).isEqualTo("quay.io/team/web@" + B);
    assertThat(tags.get(0).image()).isEmpty();
    assertThat(tags).allSatisfy(tag -> assertThat(tag.stream().podImages()).isEmpty());
  }

  @Test
  void streams_carryPodImagesOnlyWhenTheOutputShowsThem() {
    StreamView wide = get.streams(new GetRequest(List.of("web"), "team", true)).get(0);
    StreamView plain = get.streams(new GetRequest(List.of("web"), "team", false)).get(0);

    assertThat(wide.podImages())
        .containsExactly(
            new StreamView.PodImage("old", "quay.io/team/web@" + B),
            new StreamView.PodImage("prod", REPOSITORY + "@" + A));
    assertThat(plain.podImages()).isEmpty();
    assertThat(describe.stream("team", "web").podImages()).isEqualTo(wide.podImages());
  }

  @Test
  void anIdThatIsThePrefixOfSeveralImages_isTheServersConflict_toGetAndToDescribe() {
    assertThat(describe.image("team", "web@sha256:ab").name()).isEqualTo("web@" + B);
    assertThatThrownBy(() -> get.images(new GetRequest(List.of("web@sha256:a"), "team", false)))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("multiple images match the prefix \"sha256:a\": ");
    assertThatThrownBy(() -> describe.image("team", "web@sha256:a"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("multiple images match the prefix \"sha256:a\": ");
  }
}
