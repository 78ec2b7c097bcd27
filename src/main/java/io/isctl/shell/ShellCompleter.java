package io.isctl.shell;

import io.isctl.cli.Cli;
import io.isctl.cli.Session;
import io.isctl.cli.complete.Completions;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;

/**
 * Tab in the shell: the candidates the bash and zsh scripts get, plus the file names those shells
 * add.
 */
final class ShellCompleter implements Completer {
  private final Session.Environment environment;
  private final CommandLine cli;

  ShellCompleter(Session.Environment environment, CommandLine cli) {
    this.environment = environment;
    this.cli = cli;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = new ArrayList<>(line.words().subList(0, line.wordIndex()));
    String current = line.word().substring(0, line.wordCursor());
    words.add(current);
    Completions completions = Cli.complete(environment, cli, words);
    completions.candidates().forEach(value -> candidates.add(candidate(value)));
    switch (completions.directive()) {
      case FILES -> files(current, false).forEach(value -> candidates.add(candidate(value)));
      case DIRECTORIES -> files(current, true).forEach(value -> candidates.add(candidate(value)));
      case NONE -> {}
    }
  }

  private static Candidate candidate(String value) {
    return new Candidate(value, value, null, null, null, null, !Completions.expectsMore(value));
  }

  /**
   * The entries of the folder {@code typed} points into that start with its last part; folders end
   * in '/'.
   */
  private List<String> files(String typed, boolean foldersOnly) {
    int slash = typed.lastIndexOf('/');
    String folder = typed.substring(0, slash + 1);
    String start = typed.substring(slash + 1);
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(environment.cwd().resolve(folder.isEmpty() ? "." : folder))) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean isFolder = Files.isDirectory(entry);
        if (name.startsWith(start)
            && (isFolder || !foldersOnly)
            && (start.startsWith(".") || !name.startsWith("."))) {
          names.add(folder + name + (isFolder ? "/" : ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    names.sort(null);
    return names;
  }
}
