package dev.alliance.core.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.negotiation.Batna;
import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Preference;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked negotiations. A sale of one issue (price 90 to 130 in steps of 5; the seller's
 * reservation point 100 and ideal 130, the buyer's 120 and 90), and a two-issue trade in which
 * each party cares three times as much about one issue as about the other. Every figure below is
 * worked out by hand in the test's comments.
 */
class BargainingTest {
  static final PartnerId S = PartnerId.of("S");
  static final PartnerId B = PartnerId.of("B");

  static Negotiation sale(String sellerBatna, String buyerBatna) {
    return sale(bd("5"), sellerBatna, buyerBatna);
  }

  static Negotiation sale(BigDecimal step, String sellerBatna, String buyerBatna) {
    Issue price = Issue.range("price", "USD", bd("90"), bd("130"), step);
    Party seller =
        Party.builder().id(S).name("Seller").batna(Batna.of("keep the car", sellerBatna))
            .putStances("price", Stance.of(bd("130"), bd("100"), BigDecimal.ONE)).build();
    Party buyer =
        Party.builder().id(B).name("Buyer").batna(Batna.of("buy elsewhere", buyerBatna))
            .putStances("price", Stance.of(bd("90"), bd("120"), BigDecimal.ONE)).build();
    return Negotiation.builder().title("a sale").addIssues(price).addParties(seller, buyer).build();
  }

  /** A values X three times as much as Y; B the reverse. Both issues run 0..10; A wants both high, B both low. */
  static Negotiation trade() {
    Issue x = Issue.range("X", "units", bd("0"), bd("10"), bd("1"));
    Issue y = Issue.range("Y", "units", bd("0"), bd("10"), bd("1"));
    Party a =
        Party.builder().id(S).name("A").batna(Batna.none("no deal"))
            .putStances("X", Stance.of(bd("10"), bd("0"), bd("3")))
            .putStances("Y", Stance.of(bd("10"), bd("0"), bd("1"))).build();
    Party b =
        Party.builder().id(B).name("B").batna(Batna.none("no deal"))
            .putStances("X", Stance.of(bd("0"), bd("10"), bd("1")))
            .putStances("Y", Stance.of(bd("0"), bd("10"), bd("3"))).build();
    return Negotiation.builder().title("a trade").addIssues(x, y).addParties(a, b).build();
  }

  @Test
  void theZopaOfASaleLiesBetweenTheReservationPoints() {
    Zopa zopa = Bargaining.of(sale("0", "0")).zopa();
    Zopa.IssueRange price = zopa.issues().get(0);
    assertEquals(bd("100"), price.floor());
    assertEquals(bd("120"), price.ceiling());
    assertEquals(List.of(S), price.floorSetters());
    assertEquals(List.of(B), price.ceilingSetters());
    assertEquals(List.of(bd("100"), bd("105"), bd("110"), bd("115"), bd("120")), price.options());
    assertEquals(BigInteger.valueOf(5), zopa.acceptable());
    assertFalse(zopa.isEmpty());
    assertEquals("price: 100..120 (5 options)", price.toString());
  }

  @Test
  void theNashSolutionSplitsTheSurplusAndABetterBatnaShiftsIt() {
    // Seller's utility (p - 100) / 30, buyer's (120 - p) / 30; with BATNAs 0 the product peaks at 110.
    NashSolution even = Bargaining.of(sale("0", "0")).nash().orElseThrow();
    assertEquals(bd("110"), even.offer().term("price"));
    assertEquals(Rational.of(1, 9), even.product());
    assertEquals(Rational.of(1, 3), even.utilities().get(0).utility());
    assertEquals(1, even.ties());
    // Prices in whole dollars and a seller's BATNA of 0.2: acceptable from 106 (15 offers, 106..120),
    // gains (p - 106) / 30 and (120 - p) / 30, largest product 7 x 7 / 900 at 113.
    Bargaining stronger = Bargaining.of(sale(BigDecimal.ONE, "0.2", "0"));
    NashSolution shifted = stronger.nash().orElseThrow();
    assertEquals(bd("113"), shifted.offer().term("price"));
    assertEquals(Rational.of(49, 900), shifted.product());
    assertEquals(Rational.of(13, 30), shifted.utilities().get(0).utility());
    assertEquals(BigInteger.valueOf(15), shifted.searched());
    PowerAsymmetry power = stronger.powerAsymmetry();
    assertEquals(S, power.strongest());
    assertEquals(B, power.weakest());
    assertEquals(Rational.of(1, 5), power.gap());
    // With equal BATNAs (both 0) the seller would get 1/3 at 110; its better BATNA is worth 13/30 - 1/3 = 1/10 to it.
    assertEquals(Optional.of(Rational.of(1, 10)), power.parties().get(0).leverage());
    assertEquals(Optional.of(Rational.of(-1, 10)), power.parties().get(1).leverage());
    assertEquals("BATNA gap 0.200: S 0.200 against B 0.000", power.lines().get(0));
  }

  @Test
  void offersAreAcceptableOnlyWithinEveryReservationPointAndAboveEveryBatna() {
    Bargaining sale = Bargaining.of(sale("0.5", "0"));
    OfferAssessment low = sale.assess(Offer.of(Map.of("price", bd("95"))));
    assertFalse(low.isAcceptableToAll());
    // 95 is below the seller's reservation point and worth (95 - 100) / 30 = -1/6 to it.
    assertEquals(Rational.of(-1, 6), low.party(S).utility());
    assertEquals(
        List.of(
            new OfferAssessment.Objection.OutsideReservation("price", bd("95"), bd("100"), Preference.MORE_IS_BETTER),
            new OfferAssessment.Objection.BelowBatna(Rational.of(-1, 6), Rational.of(1, 2))),
        low.party(S).objections());
    assertTrue(low.party(B).isAcceptable());
    assertEquals(
        "S -0.167 (BATNA 0.500): price 95 is below its reservation point 100; worth -0.167, less than its BATNA 0.500",
        low.lines().get(0));
    // 110 is within both reservation points but worth only 1/3 to a seller whose BATNA is worth 1/2.
    assertEquals(
        List.of(new OfferAssessment.Objection.BelowBatna(Rational.of(1, 3), Rational.of(1, 2))),
        sale.assess(Offer.of(Map.of("price", bd("110")))).party(S).objections());
    assertTrue(sale.assess(Offer.of(Map.of("price", bd("117.5")))).isAcceptableToAll(), "offers between the options are assessed too");
  }

  @Test
  void whenTheReservationPointsMissTheZopaSaysByHowMuch() {
    Negotiation n = sale("0", "0");
    Party buyer = n.parties().get(1).withStances(Map.of("price", Stance.of(bd("90"), bd("95"), BigDecimal.ONE)));
    Zopa zopa = Bargaining.of(n.withParties(List.of(n.parties().get(0), buyer))).zopa();
    assertTrue(zopa.isEmpty());
    assertEquals(Optional.of(bd("5")), zopa.issues().get(0).gap());
    assertEquals("price: S needs at least 100, B concedes at most 95: they miss by 5", zopa.issues().get(0).toString());
    assertEquals(Optional.empty(), zopa.shortfall());
    assertEquals(BigInteger.ZERO, zopa.searched());
  }

  @Test
  void whenOnlyTheBatnasBlockADealTheZopaNamesTheClosestOffer() {
    // Seller's BATNA 0.8 needs p >= 124, beyond the buyer's 120: every offer 100..120 fails someone.
    Zopa zopa = Bargaining.of(sale("0.8", "0.5")).zopa();
    assertTrue(zopa.isEmpty());
    assertTrue(zopa.gaps().isEmpty());
    Zopa.Shortfall shortfall = zopa.shortfall().orElseThrow();
    // Gains: seller (p - 100) / 30 - 0.8, buyer (120 - p) / 30 - 0.5, and the worse of the two:
    // 100: -4/5, +1/6 -> -4/5;  105: -19/30, 0 -> -19/30;  110: -7/15, -1/6 -> -7/15;
    // 115: -3/10, -1/3 -> -1/3; 120: -2/15, -1/2 -> -1/2. The best is 115, where the buyer is 1/3 short.
    assertEquals(bd("115"), shortfall.closest().term("price"));
    assertEquals(B, shortfall.shortest());
    assertEquals(Rational.of(1, 3), shortfall.amount());
  }

  @Test
  void logRollingTradesWhatEachValuesLessForWhatItValuesMore() {
    Bargaining table = Bargaining.of(trade());
    Offer middle = Offer.of(Map.of("X", bd("5"), "Y", bd("5")));
    // U_A = (3x + y) / 40, U_B = ((10 - x) + 3 (10 - y)) / 40; both 1/2 at (5, 5).
    assertEquals(Rational.of(1, 2), table.utility(S, middle));
    IntegrativeAnalysis analysis = table.logRolling(S, B, middle);
    assertEquals(Optional.of(S), analysis.priorities().get(0).valuedMoreBy());
    assertEquals(Rational.of(3, 4), analysis.priorities().get(0).shareA());
    assertEquals(Optional.of(B), analysis.priorities().get(1).valuedMoreBy());
    assertEquals(1, analysis.trades().size());
    IntegrativeAnalysis.Trade trade = analysis.trades().get(0);
    assertEquals("X", trade.forA());
    // A gets X = 10, B gets Y = 0: each gains 1/4, the largest product of gains (1/16); (10, 1) gives
    // 11/40 and 7/40 (product 77/1600), less.
    assertEquals(Offer.of(Map.of("X", bd("10"), "Y", bd("0"))), trade.deal().orElseThrow().offer());
    assertEquals(Rational.of(1, 4), trade.deal().orElseThrow().utilities().get(0).gain());
    assertEquals(Rational.of(1, 4), trade.deal().orElseThrow().utilities().get(1).gain());
    // Improving on (5, 5) for both means 3x + y > 20 and x + 3y < 20; the frontier runs along y = 0
    // (x = 7..10) and x = 10 (y = 0..3), the staircase of offers no other beats for both.
    List<IntegrativeAnalysis.PackageDeal> frontier = analysis.frontier();
    assertEquals(Offer.of(Map.of("X", bd("10"), "Y", bd("3"))), frontier.get(0).offer(), "A's best first");
    assertEquals(Offer.of(Map.of("X", bd("7"), "Y", bd("0"))), frontier.get(frontier.size() - 1).offer());
    assertEquals(7, frontier.size());
  }

  @Test
  void theNashSolutionOfTheTradeIsTheLogRoll() {
    // Maximise (3x + y)(40 - x - 3y): 30 x 30 = 900 at (10, 0); (10, 1) and (9, 0) give 837.
    NashSolution nash = Bargaining.of(trade()).nash().orElseThrow();
    assertEquals(Offer.of(Map.of("X", bd("10"), "Y", bd("0"))), nash.offer());
    assertEquals(Rational.of(9, 16), nash.product());
    assertEquals(BigInteger.valueOf(121), nash.searched());
  }

  @Test
  void aMediatorsProposalIsJudgedForEachParty() {
    Bargaining table = Bargaining.of(trade());
    MediatorReport split = table.mediate(Offer.of(Map.of("X", bd("5"), "Y", bd("5"))));
    assertTrue(split.isAcceptableToAll());
    // (5, 5) leaves value on the table: (6, 4) gives A (18 + 4) / 40 and B (4 + 18) / 40, both more.
    assertTrue(split.dominatedBy().isPresent());
    assertEquals(Optional.of(Rational.of(1, 2).minus(Rational.of(3, 4))), split.againstNash(S));
    assertEquals(Rational.of(1, 2), split.concessions().get(S).get(0).conceded());
    MediatorReport logRoll = table.mediate(Offer.of(Map.of("X", bd("10"), "Y", bd("0"))));
    assertEquals(Optional.empty(), logRoll.dominatedBy());
    assertEquals(Rational.ZERO, logRoll.concessions().get(S).get(0).conceded());
    assertEquals(Rational.ONE, logRoll.concessions().get(S).get(1).conceded());
  }

  @Test
  void invalidNegotiationsAndOffersAreRejectedWithTheFieldValueAndRule() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Stance.of(bd("5"), bd("5"), BigDecimal.ONE));
    assertEquals("Stance.ideal", e.field());
    e = assertThrows(InvalidValueException.class, () -> new Stance(Preference.MORE_IS_BETTER, bd("4"), bd("5"), BigDecimal.ONE));
    assertEquals("Stance.ideal = 4: must be at least as good as the reservation point 5 for a party with MORE_IS_BETTER", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> Issue.range("p", "u", bd("0"), bd("10"), bd("3")));
    assertEquals("Issue.step", e.field());
    e = assertThrows(InvalidValueException.class, () -> Batna.of("x", "1.5"));
    assertEquals("Batna.utility", e.field());
    Negotiation n = sale("0", "0");
    e = assertThrows(InvalidValueException.class, () -> Bargaining.of(n).assess(Offer.of(Map.of("price", bd("131")))));
    assertEquals("Offer.terms[price] = 131: must lie between 90 and 130", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> Bargaining.of(n).assess(Offer.of(Map.of("cost", bd("100")))));
    assertEquals("Offer.terms", e.field());
    e = assertThrows(
        InvalidValueException.class,
        () -> n.withParties(List.of(n.parties().get(0), n.parties().get(0).withId(B).withStances(Map.of("price", Stance.of(bd("140"), bd("100"), BigDecimal.ONE))))));
    assertEquals("Party.stances[B, price].ideal", e.field());
    e = assertThrows(InvalidValueException.class, () -> Bargaining.of(n).logRolling(S, S, Offer.of(Map.of("price", bd("100")))));
    assertEquals("Bargaining.b", e.field());
  }

  @Test
  void aSpaceTooLargeToSearchIsRefusedNotGuessed() {
    Issue big = Issue.range("a", "u", bd("0"), bd("9999"), bd("1"));
    Issue big2 = Issue.range("b", "u", bd("0"), bd("9999"), bd("1"));
    Party p = Party.builder().id(S).name("S").batna(Batna.none("x"))
        .putStances("a", Stance.of(bd("9999"), bd("0"), BigDecimal.ONE)).putStances("b", Stance.of(bd("9999"), bd("0"), BigDecimal.ONE)).build();
    Party q = p.withId(B).withStances(Map.of("a", Stance.of(bd("0"), bd("9999"), BigDecimal.ONE), "b", Stance.of(bd("0"), bd("9999"), BigDecimal.ONE)));
    Bargaining table = Bargaining.of(Negotiation.builder().title("big").addIssues(big, big2).addParties(p, q).build());
    InvalidValueException e = assertThrows(InvalidValueException.class, table::nash);
    assertEquals("Negotiation.issues", e.field());
  }

  static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
