package dev.alliance.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a sealed hierarchy by {@link Class#getPermittedSubclasses()}, so that tests can check they
 * cover every permitted type, including types added to the hierarchy later.
 *
 * <pre>{@code
 * SealedHierarchy.leaves(AllianceEvent.class); // [AllianceProposed, NegotiationsOpened, ..., MemberExpelled]
 * }</pre>
 */
public final class SealedHierarchy {
  private SealedHierarchy() {}

  /**
   * @param root a sealed interface or class
   * @return every concrete type below it (sealed sub-interfaces are walked, not listed), in
   *     declaration order
   * @throws IllegalArgumentException when {@code root} is not sealed
   */
  public static List<Class<?>> leaves(Class<?> root) {
    if (!root.isSealed()) {
      throw new IllegalArgumentException(root.getName() + " is not sealed");
    }
    List<Class<?>> leaves = new ArrayList<>();
    collect(root, leaves);
    return leaves;
  }

  private static void collect(Class<?> type, List<Class<?>> leaves) {
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        collect(permitted, leaves);
      }
    } else if (type.isInterface()) {
      throw new IllegalArgumentException(type.getName() + " is a non-sealed interface: its implementations are open");
    } else {
      leaves.add(type);
    }
  }
}
