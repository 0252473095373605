package dev.alliance.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.event.AllianceEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The codec's rules reach every type an event can contain. Walks the types reachable from the
 * sealed event hierarchy (record components, Immutables attributes, type arguments, permitted
 * subtypes) and checks each: a record, an enum, a sealed type, a JDK value, or an Immutables value
 * whose every abstract accessor the codec writes and reads. The round trips (here and in the
 * conformance kit) then show the values themselves survive.
 */
class CodecCoverageTest {

  @Test
  void everyTypeReachableFromTheEventsIsOneTheCodecHandles() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Set<String> immutables = new TreeSet<>();
    Deque<Type> todo = new ArrayDeque<>(List.of(AllianceEvent.class));
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.addAll(List.of(parameterized.getActualTypeArguments()));
        type = parameterized.getRawType();
      }
      if (!(type instanceof Class<?> c) || !seen.add(c) || c.isPrimitive() || c.getName().startsWith("java.")) {
        continue;
      }
      assertTrue(c.getName().startsWith("dev.alliance.api."), "an event reaches a type outside the api: " + c);
      if (c.isSealed()) {
        todo.addAll(List.of(c.getPermittedSubclasses()));
      } else if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      } else if (c.isEnum()) {
        continue;
      } else {
        ImmutableValues.Shape shape =
            ImmutableValues.shapeOf(c).orElseThrow(() -> new AssertionError(c + " is neither a record, an enum, sealed, nor an Immutables value"));
        immutables.add(c.getSimpleName());
        Set<String> written = new TreeSet<>();
        shape.attributes().forEach(a -> written.add(a.getter().getName()));
        for (Method method : c.getMethods()) {
          if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
            assertTrue(written.contains(method.getName()), c.getSimpleName() + "." + method.getName() + "() is not written by the codec");
          }
        }
        shape.attributes().forEach(a -> todo.add(a.getter().getGenericReturnType()));
      }
    }
    // The Immutables values events carry today; a new one is covered by the walk above without listing.
    assertTrue(immutables.containsAll(List.of("Agreement", "Typology", "Partner", "Objective", "Scope", "Governance", "DecisionProcedure")), immutables.toString());
    assertEquals(immutables.size(), immutables.stream().distinct().count());
  }
}
