package dev.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.objective.Activity;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.objective.ScopeVerdict;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of the typology's derived dimensions and of scope. */
class TypologyExamplesTest {

  @Test
  void structureFollowsThePartyCount() {
    assertEquals(Optional.empty(), Structure.of(0));
    assertEquals(Optional.empty(), Structure.of(1));
    assertEquals(Optional.of(Structure.BILATERAL), Structure.of(2));
    assertEquals(Optional.of(Structure.MULTILATERAL), Structure.of(3));
    assertEquals(Optional.of(Structure.MULTILATERAL), Structure.of(32));
  }

  @Test
  void symmetryHoldsUpToTwiceTheWeakestAndBreaksBeyond() {
    assertEquals(Optional.of(PowerSymmetry.SYMMETRIC), PowerSymmetry.classify(List.of(dec("100"), dec("50"))));
    assertEquals(Optional.of(PowerSymmetry.ASYMMETRIC), PowerSymmetry.classify(List.of(dec("100"), dec("49.99"))));
    assertEquals(Optional.of(PowerSymmetry.ASYMMETRIC), PowerSymmetry.classify(List.of(dec("1"), dec("0"))));
    assertEquals(Optional.of(PowerSymmetry.SYMMETRIC), PowerSymmetry.classify(List.of(dec("0"), dec("0"))));
    assertEquals(Optional.empty(), PowerSymmetry.classify(List.of(dec("5"))));
    assertEquals(
        Optional.of(PowerSymmetry.SYMMETRIC), PowerSymmetry.classify(List.of(dec("100"), dec("30")), dec("4")));
    assertThrows(InvalidValueException.class, () -> PowerSymmetry.classify(List.of(dec("1"), dec("1")), dec("0.5")));
  }

  @Test
  void anAdHocAllianceNeedsAnEndCondition() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Lifespan.adHoc("Liberate Kuwait", Optional.empty(), false));
    assertTrue(e.rule().contains("end condition"));
    assertTrue(Lifespan.adHoc("Liberate Kuwait", Optional.empty(), true).isAdHoc());
    assertFalse(Lifespan.permanent().isAdHoc());
  }

  /** Star Alliance: networks, loyalty and lounges are in; owning aircraft together is out. */
  @Test
  void starAllianceScopeSeparatesCooperationFromMerger() {
    Scope star =
        Scope.builder()
            .addIncluded(Activity.of("Route networks"), Activity.of("loyalty programmes"), Activity.of("lounges"))
            .addExcluded(Activity.of("joint aircraft ownership"), Activity.of("merged operations"))
            .addRegions("Europe", "Asia", "Americas")
            .build();
    assertEquals(ScopeVerdict.IN_SCOPE, star.assess(Activity.of("  LOUNGES ")));
    assertEquals(ScopeVerdict.EXCLUDED, star.assess(Activity.of("merged operations")));
    assertEquals(ScopeVerdict.MISSION_CREEP, star.assess(Activity.of("hotel chains")));
    assertEquals(ScopeVerdict.OUTSIDE_GEOGRAPHY, star.assess(Activity.of("lounges"), Optional.of("Antarctica")));
    assertEquals(ScopeVerdict.IN_SCOPE, star.assess(Activity.of("lounges"), Optional.of("asia")));
    assertTrue(star.covers("route networks"));
    assertFalse(star.covers("joint aircraft ownership"));
  }

  @Test
  void anActivityCannotBeBothIncludedAndExcluded() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Scope.builder().addIncluded(Activity.of("lounges")).addExcluded(Activity.of("Lounges")).build());
    assertEquals("Scope.excluded = [lounges]: an activity cannot be both included and excluded", e.getMessage());
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
