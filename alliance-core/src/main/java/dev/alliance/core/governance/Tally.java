package dev.alliance.core.governance;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.BallotCount;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.TiePolicy;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A decision procedure compiled against an electorate, ready to count ballots many times.
 *
 * <p>Compiling resolves everything that does not depend on the ballots once: each voter's weight
 * under every weight source the rule uses (as exact scaled integers), the positions of veto
 * players, the lead partner and the chair, and every threshold as an integer comparison. A tally
 * then makes one pass over the ballots per weight column and decides without allocating much.
 *
 * <pre>{@code
 * Tally council = Tally.of(DecisionProcedure.of(securityCouncilRule), Electorate.of(members));
 * Outcome outcome = council.outcome(ballots);   // final: ADOPTED or REJECTED, explained
 * Standing standing = council.standing(ballots); // so far: decided early, or OPEN
 * Decision quick = council.decide(ballots);      // final, no explanation
 * }</pre>
 *
 * <p>The semantics of every rule and policy are set out in {@code docs/governance.md}; in short:
 * a proposal is adopted when the quorum (members present: yes, no or abstain) is met and the rule
 * holds. A tally is immutable and thread-safe.
 */
public final class Tally {
  private final DecisionProcedure procedure;
  private final Electorate electorate;
  private final PartnerId[] ids;
  private final Map<WeightSource, Column> columnsBySource = new HashMap<>();
  private final List<Column> longColumns = new ArrayList<>();
  private final List<Column> bigColumns = new ArrayList<>();
  private final Node rule;
  private final Threshold quorumThreshold;
  private final long quorumRequired;
  private final Column[] longColumnArray;
  private final Column[] bigColumnArray;
  private final Map<Column, Set<Base>> basesByColumn = new HashMap<>();
  /** Per long column slot, what a final tally must sum. */
  private final Column.Need[] needs;

  private Tally(DecisionProcedure procedure, Electorate electorate) {
    this.procedure = Objects.requireNonNull(procedure, "procedure");
    this.electorate = Objects.requireNonNull(electorate, "electorate");
    this.ids = electorate.voters().stream().map(Voter::id).toArray(PartnerId[]::new);
    this.rule = compile(procedure.rule());
    this.quorumThreshold = procedure.quorum().threshold();
    this.quorumRequired = required(quorumThreshold, electorate.size());
    this.longColumnArray = longColumns.toArray(new Column[0]);
    this.bigColumnArray = bigColumns.toArray(new Column[0]);
    this.needs = new Column.Need[longColumnArray.length];
    for (Column column : longColumnArray) {
      needs[column.slot] = Column.Need.of(basesByColumn.get(column), procedure.abstention());
    }
  }

  /**
   * Compiles a procedure for an electorate.
   *
   * @param procedure the rule with its policies
   * @param electorate the voters
   * @return the tally
   * @throws InvalidValueException when a weighted rule needs a measure a voter lacks, or
   *     contributions the electorate was not given
   */
  public static Tally of(DecisionProcedure procedure, Electorate electorate) {
    return new Tally(procedure, electorate);
  }

  /**
   * Compiles the procedure an alliance uses for an issue area, for the members who can vote now.
   *
   * @param alliance the alliance
   * @param area the issue area
   * @return the tally
   */
  public static Tally of(Alliance alliance, IssueArea area) {
    return new Tally(alliance.governance().procedureFor(area), Electorate.of(alliance));
  }

  /** @return the procedure */
  public DecisionProcedure procedure() {
    return procedure;
  }

  /** @return the electorate */
  public Electorate electorate() {
    return electorate;
  }

  /** @return ballots for this electorate with nobody having voted yet */
  public Ballots ballots() {
    return Ballots.none(electorate);
  }

  /**
   * The final tally without its explanation: ballots not cast count as absent.
   *
   * @param ballots the ballots
   * @return {@link Decision#ADOPTED} or {@link Decision#REJECTED}
   */
  public Decision decide(Ballots ballots) {
    Count count = finalCount(ballots);
    return count.present() >= quorumRequired && rule.holds(count) ? Decision.ADOPTED : Decision.REJECTED;
  }

  /**
   * The final tally, explained: ballots not cast count as absent.
   *
   * @param ballots the ballots
   * @return the outcome with every condition and its figures
   */
  public Outcome outcome(Ballots ballots) {
    return explain(count(ballots));
  }

  /**
   * Where the vote stands with the ballots cast so far, without the explanation: decided early when
   * no way of casting the missing ballots could change the result.
   *
   * @param ballots the ballots cast so far
   * @return {@link Decision#ADOPTED} or {@link Decision#REJECTED} when decided, else {@link
   *     Decision#OPEN}
   */
  public Decision decideSoFar(Ballots ballots) {
    Count count = count(ballots);
    Count best = count.complete(Count.YES);
    boolean bestAdopts = best.present() >= quorumRequired && rule.holds(best);
    return early(bestAdopts, bestAdopts && rule.holds(count.complete(Count.NO)), count.present() >= quorumRequired);
  }

  /**
   * Where the vote stands with the ballots cast so far, explained by the final outcomes of the
   * completions that bound all others (see {@link Standing}).
   *
   * @param ballots the ballots cast so far
   * @return the standing
   */
  public Standing standing(Ballots ballots) {
    Count count = count(ballots);
    Outcome ifAllAbsent = explain(count);
    Outcome ifAllYes = explain(count.complete(Count.YES));
    Outcome ifAllNo = explain(count.complete(Count.NO));
    Decision decision = early(ifAllYes.isAdopted(), ifAllNo.rule().held(), ifAllAbsent.quorum().held());
    return new Standing(decision, ifAllAbsent.count(), ballots.missing(), ifAllYes, ifAllNo, ifAllAbsent);
  }

  /**
   * Every rule is monotone toward yes (see docs/governance.md), so all missing ballots yes is the
   * best case for adoption, all no the worst case for the rule, and all absent the worst case for
   * the quorum.
   */
  private static Decision early(boolean bestAdopts, boolean ruleHoldsAtWorst, boolean quorumHoldsAtWorst) {
    if (!bestAdopts) {
      return Decision.REJECTED;
    }
    return ruleHoldsAtWorst && quorumHoldsAtWorst ? Decision.ADOPTED : Decision.OPEN;
  }

  private Outcome explain(Count count) {
    Condition.QuorumCheck quorum =
        new Condition.QuorumCheck(count.present(), count.members(), quorumThreshold, quorumRequired, count.present() >= quorumRequired);
    Condition explained = rule.explain(count);
    Decision decision = quorum.held() && explained.held() ? Decision.ADOPTED : Decision.REJECTED;
    int[] v = count.votes;
    return new Outcome(decision, new BallotCount(v[Count.YES], v[Count.NO], v[Count.ABSTAIN], v[Count.ABSENT]), quorum, explained);
  }

  private byte[] codes(Ballots ballots) {
    Electorate other = ballots.electorate();
    if (other != electorate && !other.equals(electorate)) {
      throw new IllegalArgumentException("Tally.ballots: the ballots belong to " + other + ", not to " + electorate);
    }
    return ballots.codes();
  }

  /** Every figure of the ballots: yes, no, abstain and absent, counted and weighed. */
  private Count count(Ballots ballots) {
    byte[] codes = codes(ballots);
    long[] sums = new long[4 * longColumnArray.length];
    for (Column column : longColumnArray) {
      int at = column.slot * 4;
      scanThree(codes, column.units, sums, at);
      sums[at + Count.ABSENT] = column.total - sums[at + Count.YES] - sums[at + Count.NO] - sums[at + Count.ABSTAIN];
    }
    return new Count(codes, Count.ABSENT, votes(codes), sums, bigSums(codes), true);
  }

  /**
   * Only the figures a final tally reads, in one pass per weight column: the yes weight and, as
   * the column's {@link Column.Need} says, the no weight, or no and abstain together in the no
   * slot. Such a count can be neither completed nor explained.
   */
  private Count finalCount(Ballots ballots) {
    byte[] codes = codes(ballots);
    long[] sums = new long[4 * longColumnArray.length];
    for (Column column : longColumnArray) {
      int at = column.slot * 4;
      switch (needs[column.slot]) {
        case YES:
          scanYes(codes, column.units, sums, at);
          break;
        case YES_AND_NO:
          scanYesAndNo(codes, column.units, sums, at);
          break;
        case YES_AND_NO_WITH_ABSTAIN:
          scanYesAndCast(codes, column.units, sums, at);
          break;
        default:
          scanThree(codes, column.units, sums, at);
          break;
      }
    }
    return new Count(codes, Count.ABSENT, votes(codes), sums, bigSums(codes), false);
  }

  /*
   * The scans sum weights with conditional moves rather than branches (ballots are as
   * unpredictable as voters) and leave counting to votes(), eight ballots at a time. On 1,000
   * voters a final tally costs about three plain summations of the weights (docs/performance.md).
   */

  private static void scanYes(byte[] codes, long[] units, long[] sums, int at) {
    long yes = 0;
    for (int i = 0; i < codes.length; i++) {
      yes += codes[i] == Count.YES ? units[i] : 0;
    }
    sums[at + Count.YES] = yes;
  }

  private static void scanYesAndNo(byte[] codes, long[] units, long[] sums, int at) {
    long yes = 0;
    long no = 0;
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      long weight = units[i];
      yes += code == Count.YES ? weight : 0;
      no += code == Count.NO ? weight : 0;
    }
    sums[at + Count.YES] = yes;
    sums[at + Count.NO] = no;
  }

  /** Yes apart, no and abstain together in the no slot: codes 1 and 2 are those with {@code (code + 1) & 2}. */
  private static void scanYesAndCast(byte[] codes, long[] units, long[] sums, int at) {
    long yes = 0;
    long cast = 0;
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      long weight = units[i];
      yes += code == Count.YES ? weight : 0;
      cast += ((code + 1) & 2) != 0 ? weight : 0;
    }
    sums[at + Count.YES] = yes;
    sums[at + Count.NO] = cast;
  }

  private static void scanThree(byte[] codes, long[] units, long[] sums, int at) {
    long yes = 0;
    long no = 0;
    long abstain = 0;
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      long weight = units[i];
      yes += code == Count.YES ? weight : 0;
      no += code == Count.NO ? weight : 0;
      abstain += code == Count.ABSTAIN ? weight : 0;
    }
    sums[at + Count.YES] = yes;
    sums[at + Count.NO] = no;
    sums[at + Count.ABSTAIN] = abstain;
  }

  private static final VarHandle EIGHT_CODES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;

  /**
   * Counts the ballots eight at a time from the two bits of each code (yes 00, no 01, abstain 10,
   * absent 11), one byte per voter read as one long per eight voters.
   */
  private static int[] votes(byte[] codes) {
    int[] votes = new int[4];
    long no = 0;
    long abstain = 0;
    long absent = 0;
    int i = 0;
    for (; i + 8 <= codes.length; i += 8) {
      long eight = (long) EIGHT_CODES.get(codes, i);
      long low = eight & LOW_BITS;
      long high = (eight >>> 1) & LOW_BITS;
      no += Long.bitCount(low & ~high);
      abstain += Long.bitCount(high & ~low);
      absent += Long.bitCount(low & high);
    }
    for (; i < codes.length; i++) {
      votes[codes[i]]++;
    }
    votes[Count.NO] += (int) no;
    votes[Count.ABSTAIN] += (int) abstain;
    votes[Count.ABSENT] += (int) absent;
    votes[Count.YES] = codes.length - votes[Count.NO] - votes[Count.ABSTAIN] - votes[Count.ABSENT];
    return votes;
  }

  private BigInteger[] bigSums(byte[] codes) {
    if (bigColumnArray.length == 0) {
      return null;
    }
    BigInteger[] sums = new BigInteger[4 * bigColumnArray.length];
    for (Column column : bigColumnArray) {
      int at = column.slot * 4;
      for (int k = 0; k < 4; k++) {
        sums[at + k] = BigInteger.ZERO;
      }
      for (int i = 0; i < codes.length; i++) {
        sums[at + codes[i]] = sums[at + codes[i]].add(column.bigUnits[i]);
      }
    }
    return sums;
  }

  /** The fewest members present that meet a quorum of {@code members}. */
  private static long required(Threshold threshold, int members) {
    if (threshold instanceof Threshold.Share share) {
      BigInteger[] division =
          BigInteger.valueOf(members).multiply(BigInteger.valueOf(share.numerator())).divideAndRemainder(BigInteger.valueOf(share.denominator()));
      long floor = division[0].longValueExact();
      return share.strict() || division[1].signum() > 0 ? floor + 1 : floor;
    }
    BigInteger units = ceiling(((Threshold.Quota) threshold).amount());
    return units.bitLength() < Long.SIZE ? units.longValue() : Long.MAX_VALUE;
  }

  private static BigInteger ceiling(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
  }

  private Node compile(DecisionRule decisionRule) {
    if (decisionRule instanceof DecisionRule.Consensus) {
      return new Node.Consensus(ids, procedure.abstention());
    }
    if (decisionRule instanceof DecisionRule.Unanimity) {
      return new Node.Unanimity(ids);
    }
    if (decisionRule instanceof DecisionRule.Majority majority) {
      Threshold threshold = majority.threshold();
      return new Node.Majority(
          null, threshold, Bar.of(threshold, quotaUnits(threshold, null)), majority.base(), procedure.abstention(), procedure.tie(), chair());
    }
    if (decisionRule instanceof DecisionRule.WeightedMajority weighted) {
      Column column = column(weighted.weights());
      basesByColumn.computeIfAbsent(column, c -> EnumSet.noneOf(Base.class)).add(weighted.base());
      Threshold threshold = weighted.threshold();
      return new Node.Majority(
          column, threshold, Bar.of(threshold, quotaUnits(threshold, column)), weighted.base(), procedure.abstention(), procedure.tie(), chair());
    }
    if (decisionRule instanceof DecisionRule.VetoPlayers veto) {
      List<PartnerId> players = new ArrayList<>(new TreeSet<>(veto.players()));
      List<Integer> positions = new ArrayList<>();
      List<PartnerId> outsiders = new ArrayList<>();
      for (PartnerId player : players) {
        OptionalInt position = electorate.indexOf(player);
        if (position.isPresent()) {
          positions.add(position.getAsInt());
        } else {
          outsiders.add(player);
        }
      }
      return new Node.Veto(positions.stream().mapToInt(Integer::intValue).toArray(), players, outsiders, ids, veto.abstention());
    }
    if (decisionRule instanceof DecisionRule.DoubleMajority doubleMajority) {
      return new Node.DoubleMajority(doubleMajority, compile(doubleMajority.toComposition()));
    }
    if (decisionRule instanceof DecisionRule.BlockingMinority blocking) {
      return new Node.BlockingMinority(blocking.minimumMembers());
    }
    if (decisionRule instanceof DecisionRule.LeadPartner lead) {
      return new Node.Lead(lead.lead(), electorate.indexOf(lead.lead()).orElse(-1));
    }
    if (decisionRule instanceof DecisionRule.AllOf all) {
      return new Node.Composite(all.rules().stream().map(this::compile).toArray(Node[]::new), true);
    }
    DecisionRule.AnyOf any = (DecisionRule.AnyOf) decisionRule;
    return new Node.Composite(any.rules().stream().map(this::compile).toArray(Node[]::new), false);
  }

  private int chair() {
    return procedure.tie() instanceof TiePolicy.CastingVote casting ? electorate.indexOf(casting.chair()).orElse(-1) : -1;
  }

  private static BigInteger quotaUnits(Threshold threshold, Column column) {
    if (!(threshold instanceof Threshold.Quota quota)) {
      return BigInteger.ZERO;
    }
    return column == null ? ceiling(quota.amount()) : column.unitsAtLeast(quota.amount());
  }

  private Column column(WeightSource source) {
    Column existing = columnsBySource.get(source);
    if (existing != null) {
      return existing;
    }
    Column column = Column.of(Electorate.weightLabel(source), electorate.weights(source), longColumns.size(), bigColumns.size());
    (column.isBig() ? bigColumns : longColumns).add(column);
    columnsBySource.put(source, column);
    return column;
  }
}
