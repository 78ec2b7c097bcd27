package io.isctl.cli.complete;

import java.io.PrintWriter;
import java.util.List;

/**
 * The words that may replace the one being typed, and what the shell should add of its own.
 *
 * @param candidates whole words, each starting with what was typed; one ending in {@code : @ / =}
 *     expects more
 * @param directive whether the shell should offer file or folder names instead
 */
public record Completions(List<String> candidates, Directive directive) {

  /** What the shell adds to the candidates. */
  public enum Directive {
    /** Only the candidates. */
    NONE(""),
    /**
     * The shell's file names (after {@code -f}, {@code --registry-config} and other file options).
     */
    FILES("files"),
    /** The shell's folder names (after {@code --store}). */
    DIRECTORIES("dirs");

    private final String word;

    Directive(String word) {
      this.word = word;
    }
  }

  public static final Completions NOTHING = new Completions(List.of(), Directive.NONE);

  public Completions {
    candidates = List.copyOf(candidates);
  }

  public static Completions of(List<String> candidates) {
    return new Completions(candidates, Directive.NONE);
  }

  /** True when the shell should not add a space after {@code candidate}: more is expected. */
  public static boolean expectsMore(String candidate) {
    return candidate.endsWith(":")
        || candidate.endsWith("@")
        || candidate.endsWith("/")
        || candidate.endsWith("=");
  }

  /**
   * The protocol of {@code isctl __complete}, read by the bash and zsh scripts: one candidate a
   * line, then a line {@code :DIRECTIVE} (empty, {@code files} or {@code dirs}).
   */
  public void print(PrintWriter out) {
    candidates.forEach(out::println);
    out.println(":" + directive.word);
    out.flush();
  }
}
