package dev.alliance.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.examples.Chapter;
import dev.alliance.examples.Example;
import dev.alliance.examples.TextTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour runs every example and prints each one's title and lesson. */
class TourTest {

  @Test
  void runsEveryExampleAndPrintsItsTitleAndLesson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int run = Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    int expected = Tour.chapters().stream().mapToInt(c -> c.examples().size()).sum();
    assertEquals(expected, run);
    assertTrue(expected >= 2);
    for (Chapter chapter : Tour.chapters()) {
      assertTrue(text.contains(chapter.title()), chapter.title());
      for (Example example : chapter.examples()) {
        assertTrue(text.contains(example.title()), example.title());
        assertFalse(example.lesson().isBlank(), example.title());
      }
    }
    assertTrue(text.contains(expected + " examples run."));
  }

  @Test
  void tablesAlignNumbersRightAndTextLeft() {
    TextTable table = new TextTable("member", "votes").row("France", "4").row("Luxembourg", "1");
    assertEquals(
        List.of("member      votes", "----------  -----", "France          4", "Luxembourg      1"), table.render());
  }
}
