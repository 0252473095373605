package dev.alliance.examples.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.power.PowerValue;
import dev.alliance.core.exact.Rational;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lesson of the Security Council: equal votes, a veto, and 98% of the power in five hands. */
class SecurityCouncilTest {
  private final SecurityCouncil example = new SecurityCouncil();

  /** Shapley and Shubik (1954): 421/2145 for a permanent member, 4/2145 for an elected one. */
  @Test
  void theVetoGivesFiveMembersNinetyEightPercentOfShapleyShubikPower() {
    PowerProfile power = example.power();
    Rational permanent = Rational.ZERO;
    for (var m : power.members()) {
      Rational ss = ((PowerValue.Exact) m.value(PowerIndex.SHAPLEY_SHUBIK).orElseThrow()).value();
      if (example.permanentMembers().contains(m.id())) {
        assertEquals(Rational.of(421, 2145), ss);
        permanent = permanent.plus(ss);
      } else {
        assertEquals(Rational.of(4, 2145), ss);
      }
    }
    assertTrue(permanent.toDouble() > 0.98, permanent.toString());
    assertEquals(example.permanentMembers(), Set.copyOf(power.game().vetoPlayers()));
  }

  @Test
  void banzhafGivesElectedMembersMoreButStillATenthOfAPermanentMembersShare() {
    PowerProfile power = example.power();
    double permanent = power.members().get(0).value(PowerIndex.BANZHAF).orElseThrow().toDouble();
    double elected = power.members().get(14).value(PowerIndex.BANZHAF).orElseThrow().toDouble();
    double electedSs = power.members().get(14).value(PowerIndex.SHAPLEY_SHUBIK).orElseThrow().toDouble();
    assertEquals(0.0165, elected, 0.0001);
    assertTrue(elected > electedSs);
    assertEquals(10, permanent / elected, 0.5);
  }
}
