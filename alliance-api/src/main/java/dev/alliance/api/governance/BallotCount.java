package dev.alliance.api.governance;

import dev.alliance.api.Checks;

/**
 * How many members of an electorate voted yes, no, abstained, or did not take part.
 *
 * <pre>{@code
 * BallotCount resolution1973 = new BallotCount(10, 0, 5, 0);
 * resolution1973.members(); // 15
 * resolution1973.present(); // 15
 * }</pre>
 *
 * @param yes members who voted yes
 * @param no members who voted no
 * @param abstain members present who abstained
 * @param absent members who did not take part (or, while a vote is open, have not voted yet)
 */
public record BallotCount(int yes, int no, int abstain, int absent) {

  /** Validates the count. */
  public BallotCount {
    Checks.nonNegative("BallotCount.yes", yes);
    Checks.nonNegative("BallotCount.no", no);
    Checks.nonNegative("BallotCount.abstain", abstain);
    Checks.nonNegative("BallotCount.absent", absent);
  }

  /** @return every member of the electorate */
  public int members() {
    return yes + no + abstain + absent;
  }

  /** @return the members present: yes, no and abstain, as a quorum counts them */
  public int present() {
    return yes + no + abstain;
  }

  /**
   * @param vote a ballot
   * @return how many members cast it
   */
  public int of(Vote vote) {
    switch (vote) {
      case YES:
        return yes;
      case NO:
        return no;
      case ABSTAIN:
        return abstain;
      default:
        return absent;
    }
  }

  @Override
  public String toString() {
    return "yes " + yes + ", no " + no + ", abstain " + abstain + ", absent " + absent + " (" + members() + " members)";
  }
}
