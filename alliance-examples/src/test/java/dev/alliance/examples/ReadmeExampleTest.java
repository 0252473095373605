package dev.alliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.ClauseKind;
import dev.alliance.api.agreement.SuccessionClause;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
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
import dev.alliance.core.typology.Classifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's short example, compiled and checked, so the README stays true. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleDoesWhatTheReadmeSays() {
    Partner egypt = Partner.builder()
        .id(PartnerId.of("EGY")).name("Egypt").kind(PartnerKind.STATE)
        .putAttributes(Measure.of("chariots"), new BigDecimal("2000"))
        .build();
    Partner hatti = Partner.builder()
        .id(PartnerId.of("HAT")).name("Hatti").kind(PartnerKind.STATE)
        .putAttributes(Measure.of("chariots"), new BigDecimal("3500"))
        .build();

    Alliance kadesh = Alliance.builder()
        .id(AllianceId.of("kadesh"))
        .name("Treaty of Kadesh")
        .typology(Typology.builder()
            .addPurposes(Purpose.DEFENSIVE)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.TREATY)
            .form(Form.PACT)
            .build())
        .addMembers(Member.of(egypt, Role.FOUNDER), Member.of(hatti, Role.FOUNDER))
        .agreement(Agreement.builder()
            .title("Treaty of Kadesh").formality(Formality.TREATY)
            .succession(new SuccessionClause("binds both kings' successors"))
            .build())
        .build();

    assertEquals(Optional.of(Structure.BILATERAL), kadesh.structure());
    assertEquals(Optional.of(PowerSymmetry.SYMMETRIC), kadesh.powerSymmetry(Measure.of("chariots")));
    assertTrue(kadesh.agreement().orElseThrow().missingEssentialClauses().contains(ClauseKind.PURPOSE));
    assertTrue(kadesh.agreement().orElseThrow().missingEssentialClauses().contains(ClauseKind.EXIT));
    assertEquals(
        List.of("structure BILATERAL: 2 parties", "symmetry SYMMETRIC: strongest HAT / weakest EGY by chariots = 1.75 <= 2"),
        Classifier.withDefaultThreshold(Measure.of("chariots")).classify(kadesh).reasons());

    Alliance empty = kadesh.withMembers(List.of());
    assertEquals(Optional.empty(), empty.structure());
    assertEquals(2, kadesh.members().size());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Member.of(egypt, Role.FOUNDER).withWeight(new BigDecimal("-1")));
    assertEquals("Member.weight = -1: must not be negative", e.getMessage());
  }
}
