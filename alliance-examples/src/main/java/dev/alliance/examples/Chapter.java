package dev.alliance.examples;

import java.util.List;
import java.util.Objects;

/**
 * A chapter of the tour: a theme and its examples, in the order they are best read.
 *
 * @param title the theme, such as {@code "Typology"}
 * @param examples the examples
 */
public record Chapter(String title, List<Example> examples) {
  /** Copies the examples. */
  public Chapter {
    Objects.requireNonNull(title, "title");
    examples = List.copyOf(examples);
  }
}
