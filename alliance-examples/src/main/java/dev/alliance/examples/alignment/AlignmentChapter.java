package dev.alliance.examples.alignment;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on alignment: structural balance, landscape theory and the treaty record. */
public final class AlignmentChapter {
  private AlignmentChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Alignment: who sides with whom",
        List.of(new RoadTo1907(), new HighlandTribes(), new EveOf1914(), new TreatyRecord()));
  }
}
