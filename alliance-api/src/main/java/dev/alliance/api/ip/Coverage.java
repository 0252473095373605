package dev.alliance.api.ip;

import dev.alliance.api.Checks;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** What {@link FieldOfUse} and {@link Territory} share: a set of names, or everything. */
final class Coverage {
  private Coverage() {}

  static SortedSet<String> names(String field, boolean everything, SortedSet<String> names) {
    SortedSet<String> copy = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(names, "names")));
    for (String name : copy) {
      Checks.notBlank(field, name);
    }
    Checks.check(
        everything == copy.isEmpty(), field, copy, everything ? "must be empty when everything is covered" : "must name at least one");
    return copy;
  }

  static boolean overlap(boolean everythingA, SortedSet<String> a, boolean everythingB, SortedSet<String> b) {
    if (everythingA || everythingB) {
      return true;
    }
    return !Collections.disjoint(a, b);
  }

  static SortedSet<String> common(boolean everythingA, SortedSet<String> a, boolean everythingB, SortedSet<String> b) {
    if (everythingA) {
      return b;
    }
    if (everythingB) {
      return a;
    }
    SortedSet<String> both = new TreeSet<>(a);
    both.retainAll(b);
    return Collections.unmodifiableSortedSet(both);
  }

  static String describe(boolean everything, String all, SortedSet<String> names) {
    return everything ? all : String.join(", ", names);
  }
}
