package dev.alliance.core.costsharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/**
 * Cost-sharing invariants: the amounts add up exactly to the total; floors and ceilings hold; the
 * unrounded quotas are the one clamped-proportional solution; rounding is largest remainder with
 * equal remainders in identity order; the result does not depend on the members' order;
 * proportional allocation is monotone in the measure; equal measures give equal shares to one
 * minor unit; and a rule is rejected exactly when its bounds cannot all hold.
 */
class CostSharingProperties {

  /** One generated cost-sharing problem. */
  record Case(List<Partner> members, BigDecimal total, Optional<BigDecimal> floor, Optional<BigDecimal> ceiling) {
    CostSharing rule() {
      CostSharing rule = CostSharing.of(CostFormula.proportionalTo(Measure.GDP));
      if (floor.isPresent()) {
        rule = rule.withFloor(Bound.share(floor.get()));
      }
      return ceiling.isPresent() ? rule.withCeiling(Bound.share(ceiling.get())) : rule;
    }

    Allocation allocate() {
      return rule().allocate(Valuation.of(total, "EUR"), members);
    }

    long units() {
      return total.movePointRight(2).longValueExact();
    }

    long lo() {
      return floor.map(f -> f.multiply(BigDecimal.valueOf(units())).setScale(0, RoundingMode.CEILING).longValueExact()).orElse(0L);
    }

    long hi() {
      return ceiling.map(c -> c.multiply(BigDecimal.valueOf(units())).setScale(0, RoundingMode.FLOOR).longValueExact()).orElse(units());
    }

    boolean feasible() {
      long reach = 0;
      for (Partner member : members) {
        reach += weight(member).signum() > 0 ? hi() : lo();
      }
      return lo() <= hi() && lo() * members.size() <= units() && reach >= units();
    }
  }

  static BigDecimal weight(Partner member) {
    return member.attributes().get(Measure.GDP);
  }

  static Partner member(int i, BigDecimal gdp) {
    return Partner.builder().id(PartnerId.of(String.format("M%02d", i))).name("Member " + i).kind(PartnerKind.STATE).putAttributes(Measure.GDP, gdp).build();
  }

  /** Weights: mostly moderate decimals, some zeros, some too large for 62 bits. */
  static Gen<BigDecimal> weights() {
    Gen<BigDecimal> moderate = longs().between(1, 1_000_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
    Gen<BigDecimal> huge = longs().between(1, Long.MAX_VALUE).map((Long v) -> new BigDecimal(BigInteger.valueOf(v).multiply(BigInteger.TEN.pow(6))));
    Gen<BigDecimal> small = integers().between(1, 3).map((Integer v) -> BigDecimal.valueOf(v));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(12, moderate),
        org.quicktheories.api.Pair.of(4, small),
        org.quicktheories.api.Pair.of(2, Generate.constant(BigDecimal.ZERO)),
        org.quicktheories.api.Pair.of(1, huge));
  }

  static Gen<Case> cases() {
    return cases(1);
  }

  /** Cases of at least {@code minMembers} members, so properties need not filter most cases out. */
  static Gen<Case> cases(int minMembers) {
    Gen<List<BigDecimal>> weightLists = lists().of(weights()).ofSizeBetween(minMembers, 25);
    Gen<BigDecimal> totals =
        Generate.oneOf(longs().between(0, 1_000L), longs().between(0, 10_000_000_000_000L)).map((Long cents) -> BigDecimal.valueOf(cents, 2));
    return weightLists.zip(
        totals,
        integers().between(-1, 10_000),
        integers().between(-1, 10_000),
        (ws, total, floorBps, ceilingBps) -> {
          List<Partner> members = new ArrayList<>();
          for (int i = 0; i < ws.size(); i++) {
            members.add(member(i, ws.get(i)));
          }
          int n = ws.size();
          // Mostly feasible bounds: a floor up to 1/n and a ceiling from 1/n; sometimes any.
          Optional<BigDecimal> floor = floorBps < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(floorBps % 3 == 0 ? floorBps : floorBps / n, 4));
          Optional<BigDecimal> ceiling =
              ceilingBps < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(ceilingBps % 3 == 0 ? ceilingBps : Math.min(10_000, 10_000 / n + ceilingBps), 4));
          return new Case(members, total, floor, ceiling);
        })
        .describedAs(c -> c.members().stream().map(m -> m.id() + "=" + weight(m).toPlainString()).toList() + " total " + c.total() + " floor " + c.floor() + " ceiling " + c.ceiling());
  }

  @Test
  void amountsAddUpExactlyAndBoundsHoldOrTheRuleIsRejectedBecauseTheyCannot() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              if (!c.feasible()) {
                assertThrows(InvalidValueException.class, c::allocate);
                return;
              }
              Allocation a = c.allocate();
              long sum = 0;
              for (Share share : a.shares()) {
                long units = share.amount().movePointRight(2).longValueExact();
                sum += units;
                assertTrue(units >= c.lo() && units <= c.hi(), share + " outside " + c.lo() + ".." + c.hi());
                assertEquals(2, share.amount().scale());
              }
              assertEquals(c.units(), sum);
            });
  }

  /**
   * The unrounded quotas satisfy the conditions that define the clamped-proportional solution:
   * there is one lambda with quota = lambda x weight for every unbound member, lambda x weight at
   * or below the floor for members held at their floor, at or above the ceiling for members held
   * at their ceiling; and the quotas add up to the total.
   */
  @Test
  void theQuotasAreTheClampedProportionalSolution() {
    qt().forAll(cases().assuming(Case::feasible))
        .checkAssert(
            c -> {
              Allocation a = c.allocate();
              Rational cent = Rational.of(1, 100);
              Rational lambda = null;
              Rational total = Rational.ZERO;
              for (Share s : a.shares()) {
                total = total.plus(a.quotaOf(s.member()));
                Rational w = Rational.of(weight(c.members().get(a.shares().indexOf(s))));
                if (s.binding() == Binding.NONE && w.signum() > 0) {
                  Rational l = a.quotaOf(s.member()).dividedBy(w);
                  if (lambda == null) {
                    lambda = l;
                  }
                  assertEquals(lambda, l, "one lambda for every unbound member");
                }
              }
              assertEquals(Rational.of(c.total()), total);
              if (lambda == null) {
                return;
              }
              for (int i = 0; i < c.members().size(); i++) {
                Share s = a.shares().get(i);
                Rational ideal = lambda.times(Rational.of(weight(c.members().get(i))));
                if (s.binding() == Binding.FLOOR) {
                  assertEquals(Rational.of(c.lo()).times(cent), a.quotaOf(s.member()));
                  assertTrue(ideal.compareTo(a.quotaOf(s.member())) <= 0, s.toString());
                } else if (s.binding() == Binding.CEILING) {
                  assertEquals(Rational.of(c.hi()).times(cent), a.quotaOf(s.member()));
                  assertTrue(ideal.compareTo(a.quotaOf(s.member())) >= 0, s.toString());
                }
              }
            });
  }

  @Test
  void roundingIsLargestRemainderWithEqualRemaindersInIdentityOrder() {
    qt().forAll(cases().assuming(Case::feasible))
        .checkAssert(
            c -> {
              Allocation a = c.allocate();
              Rational lowestUp = null;
              PartnerId lowestUpId = null;
              Rational highestDown = null;
              PartnerId highestDownId = null;
              for (Share s : a.shares()) {
                Rational quota = a.quotaOf(s.member()).times(Rational.of(100));
                BigInteger floor = quota.floor();
                long units = s.amount().movePointRight(2).longValueExact();
                Rational remainder = quota.minus(Rational.of(floor));
                if (s.binding() != Binding.NONE) {
                  assertEquals(Rational.ZERO, remainder);
                }
                assertEquals(floor.longValueExact() + (s.roundedUp() ? 1 : 0), units, s.toString());
                if (remainder.signum() == 0) {
                  continue;
                }
                if (s.roundedUp() && (lowestUp == null || remainder.compareTo(lowestUp) < 0
                    || remainder.equals(lowestUp) && s.member().compareTo(lowestUpId) > 0)) {
                  lowestUp = remainder;
                  lowestUpId = s.member();
                }
                if (!s.roundedUp() && (highestDown == null || remainder.compareTo(highestDown) > 0
                    || remainder.equals(highestDown) && s.member().compareTo(highestDownId) < 0)) {
                  highestDown = remainder;
                  highestDownId = s.member();
                }
              }
              if (lowestUp != null && highestDown != null) {
                int order = lowestUp.compareTo(highestDown);
                assertTrue(order > 0 || order == 0 && lowestUpId.compareTo(highestDownId) < 0,
                    "rounded up " + lowestUpId + " (" + lowestUp + ") but not " + highestDownId + " (" + highestDown + ")");
              }
            });
  }

  @Test
  void theResultDoesNotDependOnTheMembersOrder() {
    qt().forAll(cases().assuming(Case::feasible), longs().all())
        .checkAssert(
            (c, seed) -> {
              List<Partner> shuffled = new ArrayList<>(c.members());
              Collections.shuffle(shuffled, new Random(seed));
              Map<PartnerId, BigDecimal> original = c.allocate().amounts();
              Map<PartnerId, BigDecimal> reordered = c.rule().allocate(Valuation.of(c.total(), "EUR"), shuffled).amounts();
              assertEquals(original, Map.copyOf(reordered));
            });
  }

  @Test
  void proportionalAllocationIsMonotoneInTheMeasure() {
    qt().forAll(cases().map(c -> new Case(c.members(), c.total(), Optional.empty(), Optional.empty())), integers().between(0, 24), longs().between(1, 1_000_000_000L))
        .assuming((c, index, more) -> c.feasible())
        .checkAssert(
            (c, index, more) -> {
              int who = index % c.members().size();
              List<Partner> richer = new ArrayList<>(c.members());
              Partner member = richer.get(who);
              richer.set(who, member(who, weight(member).add(BigDecimal.valueOf(more))));
              BigDecimal before = c.allocate().amountOf(member.id());
              BigDecimal after = c.rule().allocate(Valuation.of(c.total(), "EUR"), richer).amountOf(member.id());
              assertTrue(after.compareTo(before) >= 0, member.id() + " went from " + before + " to " + after);
            });
  }

  @Test
  void equalMeasuresGiveEqualSharesToOneMinorUnit() {
    qt().forAll(cases(2).assuming(Case::feasible), integers().between(0, 24), integers().between(1, 24))
        .checkAssert(
            (c, first, offset) -> {
              int i = first % c.members().size();
              int j = (i + 1 + offset % (c.members().size() - 1)) % c.members().size();
              List<Partner> twins = new ArrayList<>(c.members());
              twins.set(j, member(j, weight(twins.get(i))));
              Case twinned = new Case(twins, c.total(), c.floor(), c.ceiling());
              if (!twinned.feasible()) {
                return;
              }
              Allocation a = twinned.allocate();
              BigDecimal gap = a.amountOf(twins.get(i).id()).subtract(a.amountOf(twins.get(j).id())).abs();
              assertTrue(gap.compareTo(new BigDecimal("0.01")) <= 0, "twins differ by " + gap);
            });
  }

  @Test
  void aBlendOfOneMeasureIsProportionalToIt() {
    qt().forAll(cases().assuming(Case::feasible))
        .checkAssert(
            c -> {
              Map<PartnerId, BigDecimal> proportional = c.allocate().amounts();
              Map<PartnerId, BigDecimal> blended =
                  CostSharing.of(CostFormula.blend(Map.of(Measure.GDP, new BigDecimal("0.7"))))
                      .withFloor(Bound.share(c.floor().orElse(BigDecimal.ZERO)))
                      .withCeiling(Bound.share(c.ceiling().orElse(BigDecimal.ONE)))
                      .allocate(Valuation.of(c.total(), "EUR"), c.members())
                      .amounts();
              if (c.members().stream().allMatch(m -> weight(m).signum() == 0)) {
                return;
              }
              assertEquals(proportional, blended);
            });
  }
}
