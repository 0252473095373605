package dev.alliance.core.governance;

import java.math.BigInteger;

/**
 * The figures of one set of ballots that every compiled rule reads: how many voters cast each
 * ballot and, per weight column, the weight behind each ballot. A count can also stand for a
 * completion of the ballots: {@link #complete(byte)} treats every voter who has not voted as having
 * cast one given ballot, without another pass over the ballots.
 */
final class Count {
  static final byte YES = 0;
  static final byte NO = 1;
  static final byte ABSTAIN = 2;
  static final byte ABSENT = 3;

  final byte[] codes;
  /** The ballot that stands for a missing one: {@link #ABSENT} in a final tally. */
  final byte fill;
  /** How many voters cast each ballot, indexed by code, after the fill. */
  final int[] votes;
  /** Per long column, four sums indexed by code, after the fill. */
  final long[] sums;
  /** Per big column, four sums indexed by code, after the fill; null when no column is big. */
  final BigInteger[] bigSums;
  /**
   * False for the lean count of a final tally, whose long sums hold only what the rules read (see
   * {@link Column.Need}): it can be neither completed nor explained.
   */
  final boolean full;

  Count(byte[] codes, byte fill, int[] votes, long[] sums, BigInteger[] bigSums, boolean full) {
    this.codes = codes;
    this.fill = fill;
    this.votes = votes;
    this.sums = sums;
    this.bigSums = bigSums;
    this.full = full;
  }

  /** The ballot of the voter at {@code position}, a missing one replaced by the fill. */
  byte vote(int position) {
    byte code = codes[position];
    return code == ABSENT ? fill : code;
  }

  int members() {
    return codes.length;
  }

  int present() {
    return votes[YES] + votes[NO] + votes[ABSTAIN];
  }

  /** The same ballots with every missing one cast as {@code ballot}. */
  Count complete(byte ballot) {
    if (fill != ABSENT || !full) {
      throw new IllegalStateException("only a full count of the ballots as cast can be completed");
    }
    int[] completedVotes = votes.clone();
    completedVotes[ballot] += completedVotes[ABSENT];
    completedVotes[ABSENT] = 0;
    long[] completedSums = sums.clone();
    for (int base = 0; base < completedSums.length; base += 4) {
      completedSums[base + ballot] += completedSums[base + ABSENT];
      completedSums[base + ABSENT] = 0;
    }
    BigInteger[] completedBig = null;
    if (bigSums != null) {
      completedBig = bigSums.clone();
      for (int base = 0; base < completedBig.length; base += 4) {
        completedBig[base + ballot] = completedBig[base + ballot].add(completedBig[base + ABSENT]);
        completedBig[base + ABSENT] = BigInteger.ZERO;
      }
    }
    return new Count(codes, ballot, completedVotes, completedSums, completedBig, true);
  }
}
