package dev.alliance.examples.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import dev.alliance.core.typology.Classification;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lesson of the side-by-side: typology dimensions vary independently. */
class ThreeAlliancesTest {
  private final ThreeAlliances example = new ThreeAlliances();

  @Test
  void allThreeAreMultilateralAndAsymmetric() {
    for (Alliance alliance : example.alliances()) {
      Classification c = example.classify(alliance);
      assertEquals(Optional.of(Structure.MULTILATERAL), c.structure(), alliance.name());
      assertEquals(Optional.of(PowerSymmetry.ASYMMETRIC), c.symmetry(), alliance.name());
    }
  }

  @Test
  void yetEachGovernsItselfDifferently() {
    List<GovernanceStyle> styles = example.alliances().stream().map(a -> a.typology().governanceStyle()).toList();
    assertEquals(List.of(GovernanceStyle.HYBRID, GovernanceStyle.EGALITARIAN, GovernanceStyle.HIERARCHICAL), styles);
    Set<GovernanceStyle> distinct = styles.stream().collect(Collectors.toSet());
    assertEquals(3, distinct.size());
  }

  @Test
  void onlyTheGulfCoalitionWasAdHoc() {
    assertFalse(example.nato().typology().duration().isAdHoc());
    assertFalse(example.asean().typology().duration().isAdHoc());
    assertTrue(example.gulfWarCoalition().typology().duration().isAdHoc());
  }

  /** Maddison's 1950 GDP: the United States produced about 1,900 times what Iceland did. */
  @Test
  void natosStrongestFounderOutweighedItsWeakestByFarMoreThanTwice() {
    String reason = example.classify(example.nato()).reasons().get(1);
    assertEquals("symmetry ASYMMETRIC: strongest USA / weakest ISL by GDP = 1910 > 2", reason);
  }
}
