package dev.alliance.core.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.governance.BallotCount;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One ballot per voter of an electorate, immutable. A voter who has not voted holds {@link
 * Vote#ABSENT}: a final tally counts it as absent, a {@linkplain Tally#standing(Ballots) standing}
 * as still to come.
 *
 * <pre>{@code
 * Ballots ballots = Ballots.none(electorate)
 *     .withVote(PartnerId.of("FRA"), Vote.YES)
 *     .withVote(PartnerId.of("RUS"), Vote.NO);
 * ballots.count(); // yes 1, no 1, abstain 0, absent 13 (15 members)
 * }</pre>
 */
public final class Ballots {
  private static final Vote[] VOTES = Vote.values();
  /** The code of a ballot not cast; codes are {@link Vote#ordinal()}. */
  static final byte ABSENT = (byte) Vote.ABSENT.ordinal();

  private final Electorate electorate;
  private final byte[] codes;

  private Ballots(Electorate electorate, byte[] codes) {
    this.electorate = electorate;
    this.codes = codes;
  }

  /**
   * @param electorate the electorate
   * @return no ballot cast yet
   */
  public static Ballots none(Electorate electorate) {
    byte[] codes = new byte[electorate.size()];
    Arrays.fill(codes, ABSENT);
    return new Ballots(electorate, codes);
  }

  /**
   * @param electorate the electorate
   * @param votes the ballots cast, by voter; voters not listed have not voted
   * @return the ballots
   * @throws dev.alliance.api.InvalidValueException when a listed partner is not a voter
   */
  public static Ballots of(Electorate electorate, Map<PartnerId, Vote> votes) {
    Ballots ballots = none(electorate);
    votes.forEach((id, vote) -> ballots.codes[ballots.position(id)] = (byte) vote.ordinal());
    return ballots;
  }

  /**
   * @param electorate the electorate
   * @param votes one ballot per voter, in ballot order
   * @return the ballots
   * @throws dev.alliance.api.InvalidValueException when there is not exactly one ballot per voter
   */
  public static Ballots of(Electorate electorate, List<Vote> votes) {
    Checks.check(votes.size() == electorate.size(), "Ballots.votes", votes.size(), "must be one per voter: " + electorate.size());
    byte[] codes = new byte[votes.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) votes.get(i).ordinal();
    }
    return new Ballots(electorate, codes);
  }

  /**
   * @param voter a voter
   * @param vote its ballot; {@link Vote#ABSENT} takes a ballot back
   * @return a copy with the voter's ballot set
   * @throws dev.alliance.api.InvalidValueException when the partner is not a voter
   */
  public Ballots withVote(PartnerId voter, Vote vote) {
    Objects.requireNonNull(vote, "vote");
    int position = position(voter);
    byte[] copy = codes.clone();
    copy[position] = (byte) vote.ordinal();
    return new Ballots(electorate, copy);
  }

  private int position(PartnerId voter) {
    OptionalInt position = electorate.indexOf(voter);
    if (position.isEmpty()) {
      // The message names every voter: build it only when it is needed, not on every lookup.
      throw new InvalidValueException("Ballots.voter", voter, "must be a voter of " + electorate);
    }
    return position.getAsInt();
  }

  /** @return the electorate the ballots belong to */
  public Electorate electorate() {
    return electorate;
  }

  /**
   * @param position a position in ballot order
   * @return that voter's ballot
   */
  public Vote get(int position) {
    return VOTES[codes[position]];
  }

  /**
   * @param voter a voter
   * @return its ballot
   * @throws dev.alliance.api.InvalidValueException when the partner is not a voter
   */
  public Vote voteOf(PartnerId voter) {
    return get(position(voter));
  }

  /** @return how many voters cast each ballot; missing ones as absent */
  public BallotCount count() {
    int[] counts = new int[4];
    for (byte code : codes) {
      counts[code]++;
    }
    return new BallotCount(counts[0], counts[1], counts[2], counts[3]);
  }

  /** @return the voters who have not voted, in ballot order */
  public List<PartnerId> missing() {
    List<PartnerId> missing = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == ABSENT) {
        missing.add(electorate.voters().get(i).id());
      }
    }
    return missing;
  }

  /** @return one ballot per voter, in ballot order */
  public List<Vote> toList() {
    List<Vote> votes = new ArrayList<>(codes.length);
    for (byte code : codes) {
      votes.add(VOTES[code]);
    }
    return votes;
  }

  /** The codes themselves, for the tally; never modified. */
  byte[] codes() {
    return codes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ballots that && Arrays.equals(codes, that.codes) && electorate.equals(that.electorate);
  }

  @Override
  public int hashCode() {
    return 31 * electorate.hashCode() + Arrays.hashCode(codes);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Ballots{");
    for (int i = 0; i < codes.length; i++) {
      text.append(i == 0 ? "" : ", ").append(electorate.voters().get(i).id()).append('=').append(VOTES[codes[i]]);
    }
    return text.append('}').toString();
  }
}
