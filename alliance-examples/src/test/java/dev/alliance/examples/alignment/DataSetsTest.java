package dev.alliance.examples.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without the shared data the examples that need it print a note instead of failing. */
class DataSetsTest {
  @AfterEach
  void clear() {
    System.clearProperty(DataSets.PROPERTY);
  }

  @Test
  void examplesPrintANoteWhenTheirDataIsAbsent() throws Exception {
    Path empty = Files.createTempDirectory("no-shared-data");
    System.setProperty(DataSets.PROPERTY, empty.toString());
    for (Example example : List.of(new RoadTo1907(), new HighlandTribes(), new TreatyRecord())) {
      Report report = example.run();
      assertEquals(1, report.lines().size(), example.title());
      assertTrue(report.lines().get(0).startsWith("NOTE: data set '"), report.lines().get(0));
    }
    assertEquals(32, new EveOf1914().search().configurationsExamined(), "the landscape needs no data set");
  }
}
