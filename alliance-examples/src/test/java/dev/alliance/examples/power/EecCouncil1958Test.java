package dev.alliance.examples.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.power.IndexResult;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.power.PowerValue;
import dev.alliance.core.exact.Rational;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson of the EEC Council: Luxembourg's vote bought no power; the Benelux pair's did. */
class EecCouncil1958Test {
  private final EecCouncil1958 example = new EecCouncil1958();

  @Test
  void luxembourgHeldVotesButNoPowerOnAnyIndex() {
    PowerProfile power = example.power();
    assertEquals(List.of(PartnerId.of("LUX")), power.nullPlayers().orElseThrow());
    assertEquals(Rational.of(1, 17), power.game().criteria().get(0).share(5));
    for (IndexResult result : power.results()) {
      assertEquals(new PowerValue.Exact(Rational.ZERO), result.value(5), result.index().toString());
    }
  }

  /** Shapley-Shubik 14/60 for each large member, as Felsenthal and Machover (1998) give it. */
  @Test
  void belgiumAndTheNetherlandsWithTwiceTheVotesHeldRealPower() {
    PowerProfile power = example.power();
    assertEquals(new PowerValue.Exact(Rational.of(14, 60)), power.members().get(0).value(dev.alliance.core.power.PowerIndex.SHAPLEY_SHUBIK).orElseThrow());
    for (int i : new int[] {3, 4}) {
      for (IndexResult result : power.results()) {
        assertTrue(result.value(i).toDouble() > 0.1, result.index() + " of " + power.game().players().get(i).name());
      }
    }
    assertTrue(example.run().render().contains("Luxembourg        1        5.9%             0"));
  }
}
