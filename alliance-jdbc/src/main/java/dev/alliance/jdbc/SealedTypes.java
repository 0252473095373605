package dev.alliance.jdbc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the concrete types of a sealed hierarchy: each by its class name relative to the sealed
 * root's package, nested names joined by dots ({@code LifecycleEvent.AllianceProposed}, {@code
 * DecisionRule.Majority}). Permitted types must live in the root's package (decision 0001), so
 * these names are unique within a hierarchy and stay stable as long as the classes keep their
 * names. Only the hierarchy's own leaves can be named, so stored data can never make the codec
 * load an arbitrary class.
 */
final class SealedTypes {
  // Jackson asks for a type resolver each time it builds a serializer or deserializer for a sealed
  // type; the walk over the permitted subclasses is done once per hierarchy.
  private static final ConcurrentHashMap<Class<?>, Map<String, Class<?>>> LEAVES = new ConcurrentHashMap<>();

  private static final ClassValue<String> NAMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return computeName(type);
        }
      };

  private SealedTypes() {}

  /**
   * @param root a sealed class or interface
   * @return its concrete leaves by name, in declaration order
   */
  static Map<String, Class<?>> leaves(Class<?> root) {
    return LEAVES.computeIfAbsent(
        root,
        r -> {
          Map<String, Class<?>> leaves = new LinkedHashMap<>();
          collect(r, r, leaves);
          return Collections.unmodifiableMap(leaves);
        });
  }

  /**
   * @param type a concrete type in a sealed hierarchy
   * @return its name: the class name without the package, with nested names joined by dots
   */
  static String name(Class<?> type) {
    return NAMES.get(type);
  }

  private static String computeName(Class<?> type) {
    String packageName = type.getPackageName();
    String binary = type.getName();
    return (packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1)).replace('$', '.');
  }

  private static void collect(Class<?> root, Class<?> type, Map<String, Class<?>> leaves) {
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        collect(root, permitted, leaves);
      }
    } else if (!type.isInterface()) {
      leaves.put(name(type), type);
    }
  }
}
