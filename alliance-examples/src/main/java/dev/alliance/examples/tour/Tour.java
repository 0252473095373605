package dev.alliance.examples.tour;

import dev.alliance.examples.Chapter;
import dev.alliance.examples.Example;
import dev.alliance.examples.alignment.AlignmentChapter;
import dev.alliance.examples.burden.BurdenChapter;
import dev.alliance.examples.governance.GovernanceChapter;
import dev.alliance.examples.lifecycle.LifecycleChapter;
import dev.alliance.examples.providers.ProvidersChapter;
import dev.alliance.examples.negotiation.NegotiationChapter;
import dev.alliance.examples.power.PowerChapter;
import dev.alliance.examples.typology.TypologyChapter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every example, chapter by chapter, and prints one readable report. This is the program
 * behind the README's first command.
 */
public final class Tour {
  private Tour() {}

  /** @return the chapters in reading order; each theme adds its chapter here, one per line */
  public static List<Chapter> chapters() {
    List<Chapter> chapters = new ArrayList<>();
    chapters.add(TypologyChapter.chapter());
    chapters.add(LifecycleChapter.chapter());
    chapters.add(GovernanceChapter.chapter());
    chapters.add(PowerChapter.chapter());
    chapters.add(AlignmentChapter.chapter());
    chapters.add(ProvidersChapter.chapter());
    chapters.add(BurdenChapter.chapter());
    chapters.add(NegotiationChapter.chapter());
    return List.copyOf(chapters);
  }

  /**
   * Runs the whole tour.
   *
   * @param out where to print
   * @return the number of examples run
   */
  public static int run(PrintStream out) {
    int count = 0;
    List<Chapter> chapters = chapters();
    out.println("The alliance library: a tour of " + chapters.size() + " chapter" + (chapters.size() == 1 ? "" : "s"));
    out.println("=".repeat(60));
    for (int i = 0; i < chapters.size(); i++) {
      Chapter chapter = chapters.get(i);
      out.println();
      out.println("Chapter " + (i + 1) + ". " + chapter.title());
      out.println("=".repeat(("Chapter " + (i + 1) + ". " + chapter.title()).length()));
      for (Example example : chapter.examples()) {
        out.println();
        out.print(example.run().render());
        count++;
      }
    }
    out.println();
    out.println(count + " examples run.");
    return count;
  }

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
