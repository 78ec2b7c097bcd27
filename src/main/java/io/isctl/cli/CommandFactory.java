package io.isctl.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Makes what picocli asks for (commands, mixins, converters, candidates) for one run: a command
 * whose constructor takes the {@link Session.Environment} gets the run's, so no command looks for
 * it through the root command; anything else is made as picocli makes it.
 */
public final class CommandFactory implements IFactory {
  private static final IFactory PICOCLI = CommandLine.defaultFactory();

  private final Session.Environment environment;

  public CommandFactory(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 1
          && constructor.getParameterTypes()[0] == Session.Environment.class) {
        return type.cast(constructor.newInstance(environment));
      }
    }
    return PICOCLI.create(type);
  }
}
