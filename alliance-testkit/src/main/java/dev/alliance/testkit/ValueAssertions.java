package dev.alliance.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assertions about value types that hold for every type, checked by reflection over the fields of
 * the concrete (generated) class, so that a new attribute is covered without touching the tests.
 */
public final class ValueAssertions {
  private ValueAssertions() {}

  /**
   * Checks that a {@code with*} copy changed exactly the attribute it names: the named field now
   * holds {@code expected}, and every other field is equal to the original's.
   *
   * @param before the original value
   * @param after the copy returned by {@code withX(expected)}
   * @param attribute the attribute's name, such as {@code "weight"}
   * @param expected the value passed to the wither
   * @throws AssertionError naming the fields that differ wrongly
   */
  public static void assertOnlyChanged(Object before, Object after, String attribute, Object expected) {
    if (before.getClass() != after.getClass()) {
      throw new AssertionError("a copy must have the original's class: " + before.getClass() + " vs " + after.getClass());
    }
    List<String> problems = new ArrayList<>();
    boolean found = false;
    for (Field field : attributeFields(before.getClass())) {
      Object was = read(field, before);
      Object now = read(field, after);
      if (field.getName().equals(attribute)) {
        found = true;
        if (!Objects.equals(now, expected)) {
          problems.add(attribute + " is " + now + ", expected " + expected);
        }
      } else if (!Objects.equals(was, now)) {
        problems.add(field.getName() + " changed from " + was + " to " + now);
      }
    }
    if (!found) {
      problems.add("no attribute named " + attribute + " in " + before.getClass().getSimpleName());
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("with" + capitalize(attribute) + " changed more or less than it names: " + problems);
    }
  }

  /**
   * Lists the fields that hold a value's attributes: the instance fields of its class, without
   * transient bookkeeping.
   *
   * @param type the concrete value class
   * @return its attribute fields
   */
  public static List<Field> attributeFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
        fields.add(field);
      }
    }
    return fields;
  }

  /**
   * Checks the equality contract between two values built from equal inputs: equal, with equal
   * hash codes and equal text.
   *
   * @param a one value
   * @param b the other, built independently from the same inputs
   */
  public static void assertEqualValues(Object a, Object b) {
    if (a == b) {
      throw new AssertionError("the two values must be built independently, got the same instance");
    }
    if (!a.equals(b) || !b.equals(a)) {
      throw new AssertionError("values from equal inputs must be equal: " + a + " vs " + b);
    }
    if (a.hashCode() != b.hashCode()) {
      throw new AssertionError("equal values must have equal hash codes: " + a);
    }
    if (!a.toString().equals(b.toString())) {
      throw new AssertionError("equal values must print the same: " + a + " vs " + b);
    }
  }

  private static Object read(Field field, Object target) {
    try {
      field.setAccessible(true);
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  private static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
