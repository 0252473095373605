package dev.alliance.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an example prints: its title, its lesson, and the lines of its computation.
 *
 * @param title the example's title
 * @param lesson the lesson it teaches
 * @param lines the body, one printed line each
 */
public record Report(String title, String lesson, List<String> lines) {

  /** Copies the lines. */
  public Report {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lesson, "lesson");
    lines = List.copyOf(lines);
  }

  /**
   * @param example the example reporting
   * @return a builder that starts with the example's title and lesson
   */
  public static Builder of(Example example) {
    return new Builder(example.title(), example.lesson());
  }

  /** @return the report as text: title, underline, body, and the lesson last */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    for (String line : lines) {
      text.append(line).append('\n');
    }
    text.append(wrap("Lesson: " + lesson, WIDTH)).append('\n');
    return text.toString();
  }

  /** The width the lesson is wrapped to. */
  private static final int WIDTH = 100;

  private static String wrap(String text, int width) {
    StringBuilder wrapped = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        wrapped.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        wrapped.append(' ');
        lineLength++;
      }
      wrapped.append(word);
      lineLength += word.length();
    }
    return wrapped.toString();
  }

  /** Collects the lines of a report. */
  public static final class Builder {
    private final String title;
    private final String lesson;
    private final List<String> lines = new ArrayList<>();

    private Builder(String title, String lesson) {
      this.title = title;
      this.lesson = lesson;
    }

    /**
     * @param line a line of text
     * @return this builder
     */
    public Builder line(String line) {
      lines.add(line);
      return this;
    }

    /**
     * @param table a table, added as aligned lines
     * @return this builder
     */
    public Builder table(TextTable table) {
      lines.addAll(table.render());
      return this;
    }

    /** @return the report */
    public Report build() {
      return new Report(title, lesson, lines);
    }
  }
}
