package dev.alliance.examples.burden;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on contributions, burden-sharing and benefits: who pays, who benefits, who free-rides. */
public final class BurdenChapter {
  private BurdenChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Contributions and burden-sharing: who pays, who benefits, who free-rides",
        List.of(new NatoBurdenSharing(), new UnScaleOfAssessments(), new AirbusCostSharing(), new JointVentureShapley(), new DuesAndArrears(), new DuesAndHealth()));
  }
}
