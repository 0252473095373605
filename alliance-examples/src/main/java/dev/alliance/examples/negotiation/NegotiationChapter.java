package dev.alliance.examples.negotiation;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on negotiation, trust and disputes: how partners bargain, rely on each other, and settle differences. */
public final class NegotiationChapter {
  private NegotiationChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Negotiation, trust and disputes: bargaining, relying on partners, settling differences",
        List.of(new CampDavid(), new Suez1956(), new Aukus2021(), new WtoDisputeLadder()));
  }
}
