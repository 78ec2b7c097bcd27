package io.isctl.resolve;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the article's questions for one stream tag, from its variation and the stream's policies.
 */
public final class TagExplainer {
  private TagExplainer() {}

  /** One question and its answer. */
  public record Answer(String question, String answer) {}

  /** What the tag is, where it comes from and what it points at, as label and value pairs. */
  public static List<Answer> facts(ImageStream stream, String tag, TagVariation variation) {
    List<Answer> facts = new ArrayList<>();
    facts.add(new Answer("variation", variation.description()));
    Optional<TagReference> spec = stream.spec().tag(tag);
    facts.add(
        new Answer(
            "source",
            spec.map(TagExplainer::source)
                .orElse("none (pushed or built into the integrated registry)")));
    stream
        .status()
        .tag(tag)
        .ifPresent(
            history -> {
              history.latest().ifPresent(event -> facts.add(new Answer("current", current(event))));
              facts.add(
                  new Answer(
                      "history",
                      history.items().size()
                          + (history.items().size() == 1 ? " image" : " images")));
              history
                  .conditions()
                  .forEach(
                      c ->
                          facts.add(
                              new Answer(
                                  "condition",
                                  c.type()
                                      + "="
                                      + c.status()
                                      + " "
                                      + c.reason()
                                      + ": "
                                      + c.message())));
            });
    spec.filter(t -> t.importPolicy().scheduled())
        .ifPresent(
            t ->
                facts.add(
                    new Answer(
                        "scheduled",
                        "re-imported by 'isctl sync' (every 15 minutes in a cluster)")));
    return facts;
  }

  /** The four questions of the article, answered for this tag. */
  public static List<Answer> questions(
      ImageStream stream, String tag, TagVariation variation, Resolution lookup) {
    String shortName = stream.name() + ":" + tag;
    Optional<TagEvent> latest = stream.status().latest(tag);
    String registry =
        latest.map(e -> registryOf(e.dockerImageReference())).orElse("the source registry");
    boolean scheduled = stream.spec().tag(tag).map(t -> t.importPolicy().scheduled()).orElse(false);
    int history = stream.status().tag(tag).map(h -> h.items().size()).orElse(0);
    List<Answer> answers = new ArrayList<>();
    answers.add(
        new Answer(
            "Does the Pod work while the external registry is down?",
            switch (variation) {
              case EXTERNAL -> "no: Pods pull from " + registry;
              case PULLTHROUGH ->
                  "yes, once the image has been pulled once (the integrated registry caches it)";
              case REFERENCE -> "no: Pods pull the floating tag from " + registry;
              case INTERNAL -> "yes: the image is in the integrated registry";
              case PENDING -> "no image yet";
            }));
    String reimport =
        scheduled
            ? "re-imported on schedule ('isctl sync')"
            : "re-import with 'isctl tag' or 'isctl import-image', or set --scheduled";
    answers.add(
        new Answer(
            "What happens when the external tag moves?",
            switch (variation) {
              case EXTERNAL -> "nothing: pinned by sha256 until " + reimport;
              case PULLTHROUGH ->
                  "nothing: pinned by sha256 until "
                      + reimport
                      + "; the new image is cached when first used";
              case REFERENCE ->
                  "the new image is used at once (imagePullPolicy: Always matters, else nodes keep the old one)";
              case INTERNAL -> "a new build or push moves the tag; a rollout takes the newest";
              case PENDING -> "the first import takes whatever the tag points at then";
            }));
    answers.add(
        new Answer(
            "Can a plain Pod use " + shortName + "?",
            plainPod(stream, shortName, variation, lookup)));
    answers.add(
        new Answer(
            "Does a DeploymentConfig rollback bring the old image back?",
            switch (variation) {
              case EXTERNAL -> "yes, while the old image still exists in " + registry;
              case PULLTHROUGH, INTERNAL ->
                  "yes, while it is not pruned from the integrated registry ("
                      + history
                      + (history == 1 ? " image" : " images")
                      + " in the tag's history)";
              case REFERENCE -> "no: the same floating tag is pulled again";
              case PENDING -> "no image yet";
            }));
    return answers;
  }

  private static String plainPod(
      ImageStream stream, String shortName, TagVariation variation, Resolution lookup) {
    if (!stream.spec().lookupLocal()) {
      return "no: lookupPolicy.local is false ('isctl set image-lookup "
          + stream.name()
          + "' enables it, in namespace "
          + stream.namespace()
          + " only)";
    }
    if (variation == TagVariation.REFERENCE || !lookup.resolved()) {
      return "no: with lookup the Pod gets " + lookup.image() + ", which cannot be pulled";
    }
    return "yes, in namespace "
        + stream.namespace()
        + " only: "
        + shortName
        + " becomes "
        + lookup.image();
  }

  private static String source(TagReference tag) {
    ObjectReference from = tag.from();
    if (from == null) {
      return "none";
    }
    String namespace = from.namespace().isEmpty() ? "" : from.namespace() + "/";
    String what =
        switch (from.kind()) {
          case ObjectReference.IMAGE_STREAM_TAG ->
              "tracks ImageStreamTag " + namespace + from.name();
          case ObjectReference.IMAGE_STREAM_IMAGE ->
              "ImageStreamImage "
                  + namespace
                  + from.name()
                  + " (a copy taken when tagged; it does not follow the source)";
          default -> from.kind() + " " + from.name();
        };
    return what
        + (tag.reference() ? ", reference" : "")
        + ", referencePolicy "
        + tag.referencePolicy().wireName();
  }

  private static String current(TagEvent event) {
    String image = event.image().isEmpty() ? "no image id" : event.image();
    return image
        + " at "
        + event.dockerImageReference()
        + " (since "
        + event.created()
        + ", generation "
        + event.generation()
        + ")";
  }

  private static String registryOf(String pullSpec) {
    int slash = pullSpec.indexOf('/');
    String first = slash < 0 ? "" : pullSpec.substring(0, slash);
    return first.contains(".") || first.contains(":") || first.equals("localhost")
        ? first
        : "docker.io";
  }
}
