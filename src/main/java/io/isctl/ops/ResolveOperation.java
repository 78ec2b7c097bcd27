package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import io.isctl.model.StreamSource;
import io.isctl.resolve.LookupResolver;
import io.isctl.resolve.Resolution;
import io.isctl.resolve.StreamImages;
import io.isctl.resolve.TagExplainer;
import io.isctl.resolve.TagVariation;
import io.isctl.resolve.TriggerResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code isctl resolve}: the image a Pod gets for one stream tag or image, and why. */
public final class ResolveOperation {
  private final ImageApiServer api;

  public ResolveOperation(ImageApiServer api) {
    this.api = api;
  }

  /**
   * The answer for a request; unresolved answers are returned too, callers decide the exit code.
   */
  public Answer resolve(ResolveRequest request) {
    if (!request.via().equals("trigger") && !request.via().equals("lookup")) {
      throw new UsageException("--via must be trigger or lookup, not \"" + request.via() + "\"");
    }
    StreamTagName name = StreamTagName.parse(request.target(), request.namespace());
    String nameAndRef = name.nameAndTag();
    int at = nameAndRef.indexOf('@');
    boolean byId = at >= 0;
    String streamName = byId ? nameAndRef.substring(0, at) : name.stream();
    String tagOrId = byId ? nameAndRef.substring(at + 1) : name.tag();
    // NAME alone is NAME:latest, as admission reads a Pod's image "NAME" (and as "NAME:" was).
    if (streamName.isEmpty() || (byId && tagOrId.isEmpty())) {
      throw new UsageException(
          "\""
              + request.target()
              + "\" must be of the form <stream_name>[:<tag>] or <stream_name>@<id>");
    }
    boolean lookupOnly = request.via().equals("lookup");
    // A Pod may name a stream that does not exist: lookup then leaves the name alone, which is an
    // answer too.
    ImageStream stream =
        lookupOnly
            ? api.get(name.namespace(), streamName).orElse(null)
            : api.require(name.namespace(), streamName);
    String internal = api.store().config().hosts().internal();
    // The stream just read answers lookup too: each file is read once.
    LookupResolver lookup =
        new LookupResolver(new ReadOnce(api, name.namespace(), streamName, stream), internal);
    String podImage = streamName + (byId ? "@" : ":") + tagOrId;
    boolean explained = request.explain() && !byId && stream != null;
    Resolution viaLookup =
        lookupOnly || explained ? lookup.resolve(podImage, name.namespace(), false) : null;
    Resolution resolution;
    if (lookupOnly) {
      resolution = viaLookup;
    } else if (byId) {
      resolution = resolveImage(stream, tagOrId);
    } else {
      resolution = TriggerResolver.resolve(stream, tagOrId);
    }
    List<Explanation> facts = List.of();
    List<Explanation> questions = List.of();
    if (explained) {
      TagVariation variation = TagVariation.of(stream, tagOrId, internal);
      facts = Explanation.all(TagExplainer.facts(stream, tagOrId, variation));
      questions = Explanation.all(TagExplainer.questions(stream, tagOrId, variation, viaLookup));
    }
    return new Answer(
        name.namespace(),
        streamName,
        byId ? "" : tagOrId,
        byId ? tagOrId : "",
        request.via(),
        resolution.resolved(),
        resolution.image(),
        resolution.rule(),
        resolution.reason(),
        facts,
        questions);
  }

  /**
   * An image of the stream by id (prefixes allowed), as the ImageStreamImage endpoint hands it out.
   */
  private static Resolution resolveImage(ImageStream stream, String id) {
    StreamImages.Match match;
    try {
      match = StreamImages.require(stream, id);
    } catch (ApiException e) {
      return Resolution.unresolved(stream.name() + "@" + id, e.getMessage());
    }
    String pullSpec = StreamImages.pullSpec(stream, match);
    boolean local = !pullSpec.equals(match.event().dockerImageReference());
    return Resolution.resolved(
            pullSpec,
            local ? "referencePolicy Local" : "referencePolicy Source",
            "the image is in the history of tag "
                + match.tag()
                + (local ? ", whose referencePolicy is Local" : ", recorded at this pull spec"))
        .validFor(stream.name() + "@" + id);
  }

  /**
   * What {@code resolve} found.
   *
   * @param tag "" when resolving by id
   * @param id "" when resolving a tag
   * @param resolved whether a stream tag or image answered (false: the reason says why not)
   * @param image the pull spec the Pod gets; the name unchanged when nothing rewrote it
   * @param rule which rule decided, in a few words
   * @param reason why, in a sentence
   * @param facts and questions: filled only with --explain
   */
  public record Answer(
      String namespace,
      String stream,
      String tag,
      String id,
      String via,
      boolean resolved,
      String image,
      String rule,
      String reason,
      List<Explanation> facts,
      List<Explanation> questions) {}

  /** One line of {@code --explain}: a fact's name and value, or a question and its answer. */
  public record Explanation(String question, String answer) {
    static List<Explanation> all(List<TagExplainer.Answer> answers) {
      List<Explanation> all = new ArrayList<>();
      for (TagExplainer.Answer answer : answers) {
        all.add(new Explanation(answer.question(), answer.answer()));
      }
      return all;
    }
  }

  /**
   * The streams lookup reads: the one just read from memory, the others from the API. A class, not
   * a lambda: a resolve links none it can do without (issue 15).
   */
  private static final class ReadOnce implements StreamSource {
    private final ImageApiServer api;
    private final String namespace;
    private final String name;
    private final ImageStream stream;

    ReadOnce(ImageApiServer api, String namespace, String name, ImageStream stream) {
      this.api = api;
      this.namespace = namespace;
      this.name = name;
      this.stream = stream;
    }

    @Override
    public Optional<ImageStream> find(String namespace, String name) {
      return namespace.equals(this.namespace) && name.equals(this.name)
          ? Optional.ofNullable(stream)
          : api.get(namespace, name);
    }
  }
}
