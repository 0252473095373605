package dev.alliance.api.objective;

import dev.alliance.api.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * An activity an alliance may or may not undertake, such as {@code "code sharing"}. Names are
 * compared ignoring case and surrounding whitespace, so {@code "Lounges"} and {@code " lounges"}
 * are the same activity.
 *
 * @param name the activity's name, normalized to lower case without surrounding whitespace
 */
public record Activity(String name) implements Comparable<Activity> {

  /** Validates and normalizes the name. */
  public Activity {
    Objects.requireNonNull(name, "name");
    Checks.notBlank("Activity.name", name);
    name = name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the activity with this name.
   *
   * @param name the name, in any case
   * @return the activity
   */
  public static Activity of(String name) {
    return new Activity(name);
  }

  @Override
  public int compareTo(Activity other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
