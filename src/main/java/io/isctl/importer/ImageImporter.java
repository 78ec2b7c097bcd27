package io.isctl.importer;

import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.TagImport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The registry side of an import, as OpenShift's importer does it: each requested image resolved to
 * a digest (or a failure with the server's reason and message). Recording the results is the API
 * server's job ({@link io.isctl.apiserver.ImportApplier}).
 */
public interface ImageImporter {

  /**
   * Whether registries may be contacted now; when not, tags that need an import are left pending.
   */
  boolean online();

  /**
   * Resolves every spec, never throwing for one image's failure. Each successful result also
   * carries the Image objects of what is new: images {@code images} does not know yet are fetched
   * (config blob included) and built as the server builds them.
   *
   * <p>Each image is fetched insecurely (HTTP or unverified TLS) only when its own import policy
   * says so or the cluster lists its registry as insecure, as the server's importer decides: the
   * stream's {@code openshift.io/image.insecureRepository} annotation counts only where a client
   * copied it into the request ({@code oc import-image}, and the controller for a repository).
   *
   * @param done told the tag of each image once its import is done, in the order of {@code specs}
   */
  List<TagImport> fetch(List<ImportSpec> specs, ImageCreation images, Consumer<String> done);

  /**
   * {@link #fetch}, returning at once: the results, in the order of {@code specs}, when every image
   * is resolved. {@code done} may be told from other threads, one at a time.
   */
  CompletableFuture<List<TagImport>> fetchLater(
      List<ImportSpec> specs, ImageCreation images, Consumer<String> done);

  /**
   * The tags of the repository of {@code from}, for a whole-repository import.
   *
   * @throws ImportException when the registry cannot list them
   */
  List<String> listTags(String from, boolean insecure);

  /** The importer when no registry may be contacted ({@code --offline}). */
  ImageImporter OFFLINE =
      new ImageImporter() {
        @Override
        public boolean online() {
          return false;
        }

        @Override
        public List<TagImport> fetch(
            List<ImportSpec> specs, ImageCreation images, Consumer<String> started) {
          throw new IllegalStateException("offline: no import is possible");
        }

        @Override
        public CompletableFuture<List<TagImport>> fetchLater(
            List<ImportSpec> specs, ImageCreation images, Consumer<String> started) {
          throw new IllegalStateException("offline: no import is possible");
        }

        @Override
        public List<String> listTags(String from, boolean insecure) {
          throw new ImportException("cannot list the tags of " + from + " offline");
        }
      };
}
