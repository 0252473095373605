package dev.alliance.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names the concrete types of a sealed hierarchy: each by its class name relative to the sealed
 * root's package, nested names joined by dots ({@code LifecycleEvent.AllianceProposed}, {@code
 * DecisionRule.Majority}). Permitted types must live in the root's package (decision 0001), so
 * these names are unique within a hierarchy and stay stable as long as the classes keep their
 * names. Only the hierarchy's own leaves can be named, so stored data can never make the codec
 * load an arbitrary class.
 */
final class SealedTypes {
  private SealedTypes() {}

  /**
   * @param root a sealed class or interface
   * @return its concrete leaves by name, in declaration order
   */
  static Map<String, Class<?>> leaves(Class<?> root) {
    Map<String, Class<?>> leaves = new LinkedHashMap<>();
    collect(root, root, leaves);
    return leaves;
  }

  /**
   * @param type a concrete type in a sealed hierarchy
   * @return its name: the class name without the package, with nested names joined by dots
   */
  static String name(Class<?> type) {
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
