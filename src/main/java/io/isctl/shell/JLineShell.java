package io.isctl.shell;

import io.isctl.cli.Cli;
import io.isctl.cli.InteractiveShell;
import io.isctl.cli.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * {@code isctl shell} in a terminal, with JLine: each line runs on the same {@link CommandLine}
 * that {@code isctl} builds for one command, with the same error handling; Tab completes through
 * the same engine as the bash and zsh scripts.
 */
public final class JLineShell implements InteractiveShell {
  static final String PROMPT = "isctl> ";

  @Override
  public int run(Session.Environment environment, Path history) {
    try (Terminal terminal =
        TerminalBuilder.builder().name("isctl").system(true).dumb(true).build()) {
      PrintWriter out = terminal.writer();
      CommandLine cli = Cli.newCommandLine(environment, out, out);
      LineReaderBuilder builder =
          LineReaderBuilder.builder()
              .appName("isctl")
              .terminal(terminal)
              .completer(new ShellCompleter(environment, cli))
              .option(LineReader.Option.AUTO_FRESH_LINE, true);
      if (history != null) {
        builder.variable(LineReader.HISTORY_FILE, history);
      }
      LineReader reader = builder.build();
      // Ctrl-C while a command runs interrupts the command, not the shell (readLine has its own
      // handler).
      Thread shell = Thread.currentThread();
      terminal.handle(Terminal.Signal.INT, signal -> shell.interrupt());
      loop(reader, cli, out);
      reader.getHistory().save();
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
    }
  }

  private static void loop(LineReader reader, CommandLine cli, PrintWriter out) {
    while (true) {
      List<String> words;
      Thread.interrupted(); // a Ctrl-C that came after its command ended
      try {
        reader.readLine(PROMPT);
        words = reader.getParsedLine().words().stream().filter(word -> !word.isEmpty()).toList();
      } catch (UserInterruptException e) {
        continue; // Ctrl-C: the line is dropped, the shell stays.
      } catch (EndOfFileException e) {
        return; // Ctrl-D
      }
      if (words.isEmpty()) {
        continue;
      }
      if (words.equals(List.of("exit")) || words.equals(List.of("quit"))) {
        return;
      }
      if (words.get(0).equals("shell")) {
        out.println("error: already in the isctl shell");
      } else {
        cli.execute(words.toArray(String[]::new));
      }
      out.flush();
    }
  }
}
