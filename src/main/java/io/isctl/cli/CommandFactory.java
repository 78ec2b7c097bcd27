package io.isctl.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.IFactory;

/**
 * Creates commands, mixins, converters and option collections for picocli. picocli's own factory probes for
 * Groovy when it is first used, and a class that is not there is looked for in every jar of the class path,
 * opening each: a cost of every start-up that this one does not have.
 */
final class CommandFactory implements IFactory {
  static final CommandFactory INSTANCE = new CommandFactory();

  private CommandFactory() {}

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return type.cast(collectionOf(type));
    }
    Constructor<K> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  /** An empty collection or map for an option declared with an interface type, as picocli's factory makes. */
  private static Object collectionOf(Class<?> type) {
    if (SortedSet.class.isAssignableFrom(type)) {
      return new TreeSet<>();
    }
    if (Set.class.isAssignableFrom(type)) {
      return new LinkedHashSet<>();
    }
    if (Queue.class.isAssignableFrom(type)) {
      return new LinkedList<>();
    }
    if (Collection.class.isAssignableFrom(type)) {
      return new ArrayList<>();
    }
    if (SortedMap.class.isAssignableFrom(type)) {
      return new TreeMap<>();
    }
    if (Map.class.isAssignableFrom(type)) {
      return new LinkedHashMap<>();
    }
    throw new IllegalArgumentException("cannot create an instance of " + type.getName());
  }
}
