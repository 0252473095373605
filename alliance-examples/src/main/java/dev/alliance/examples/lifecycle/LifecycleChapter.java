package dev.alliance.examples.lifecycle;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on lifecycles: how alliances change and end. */
public final class LifecycleChapter {
  private LifecycleChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Lifecycles: how alliances change and end",
        List.of(new DelianLeague(), new Brexit(), new GulfWarCoalition()));
  }
}
