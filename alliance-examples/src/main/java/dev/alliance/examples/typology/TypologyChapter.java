package dev.alliance.examples.typology;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on typology and agreements. */
public final class TypologyChapter {
  private TypologyChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter("Typology: what kind of alliance is it?", List.of(new TreatyOfKadesh(), new ThreeAlliances()));
  }
}
