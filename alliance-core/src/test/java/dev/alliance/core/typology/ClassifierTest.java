package dev.alliance.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Structure;
import dev.alliance.api.typology.Typology;
import dev.alliance.testkit.AllianceGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  private static final Typology PACT =
      Typology.builder()
          .addPurposes(Purpose.DEFENSIVE)
          .governanceStyle(GovernanceStyle.EGALITARIAN)
          .duration(Lifespan.permanent())
          .formality(Formality.TREATY)
          .form(Form.PACT)
          .build();

  private static Member member(String id, String gdp) {
    Partner partner =
        Partner.builder().id(PartnerId.of(id)).name(id).kind(PartnerKind.STATE).putAttributes(Measure.GDP, new BigDecimal(gdp)).build();
    return Member.of(partner, Role.FOUNDER);
  }

  private static Alliance alliance(Member... members) {
    return Alliance.builder().id(AllianceId.of("a")).name("A").typology(PACT).addMembers(members).build();
  }

  @Test
  void explainsAsymmetryWithTheRatioOfTheExtremes() {
    Classification c =
        Classifier.withDefaultThreshold(Measure.GDP).classify(alliance(member("BIG", "900"), member("MID", "500"), member("SMALL", "300")));
    assertEquals(Optional.of(Structure.MULTILATERAL), c.structure());
    assertEquals(Optional.of(PowerSymmetry.ASYMMETRIC), c.symmetry());
    assertEquals(
        List.of("structure MULTILATERAL: 3 parties", "symmetry ASYMMETRIC: strongest BIG / weakest SMALL by GDP = 3 > 2"),
        c.reasons());
  }

  @Test
  void aLooserThresholdMakesTheSameAllianceSymmetric() {
    Classification c =
        Classifier.withThreshold(Measure.GDP, new BigDecimal("3"))
            .classify(alliance(member("BIG", "900"), member("SMALL", "300")));
    assertEquals(Optional.of(PowerSymmetry.SYMMETRIC), c.symmetry());
    assertEquals("symmetry SYMMETRIC: strongest BIG / weakest SMALL by GDP = 3 <= 3", c.reasons().get(1));
  }

  @Test
  void saysWhichPartiesLackTheMeasure() {
    Member unmeasured = Member.of(Partner.of(PartnerId.of("NONE"), "None", PartnerKind.NGO), Role.MEMBER);
    Classification c = Classifier.withDefaultThreshold(Measure.GDP).classify(alliance(member("A", "1"), unmeasured));
    assertEquals(Optional.empty(), c.symmetry());
    assertEquals("symmetry undetermined: no GDP for NONE", c.reasons().get(1));
  }

  @Test
  void countsOnlyPartiesNotInviteesOrFormerMembers() {
    Member invited = member("INV", "1").withState(MembershipState.INVITED);
    Member gone = member("GONE", "1").withState(MembershipState.WITHDRAWN);
    Classification c = Classifier.withDefaultThreshold(Measure.GDP).classify(alliance(member("A", "10"), invited, gone));
    assertEquals(1, c.parties());
    assertEquals(Optional.empty(), c.structure());
    assertEquals("structure undetermined: 1 party, an alliance needs two", c.reasons().get(0));
  }

  @Test
  void agreesWithTheApiDerivationsForEveryAlliance() {
    qt().forAll(AllianceGenerators.alliances())
        .checkAssert(
            alliance -> {
              Classification c = Classifier.withDefaultThreshold(Measure.GDP).classify(alliance);
              assertEquals(alliance.structure(), c.structure());
              assertEquals(alliance.powerSymmetry(Measure.GDP), c.symmetry());
              assertEquals(2, c.reasons().size());
            });
  }
}
