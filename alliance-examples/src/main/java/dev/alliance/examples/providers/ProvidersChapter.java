package dev.alliance.examples.providers;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on providers: storage and scoring of your own, and partner selection. */
public final class ProvidersChapter {
  private ProvidersChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Providers: storing and scoring, your way", List.of(new AirbusPartnerSelection(), new ScorerOfYourOwn(), new StoreOfYourOwn()));
  }
}
