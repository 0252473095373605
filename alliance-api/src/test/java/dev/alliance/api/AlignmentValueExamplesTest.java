package dev.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationClause;
import dev.alliance.api.agreement.ObligationCondition;
import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.PairFacts;
import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.Propensity;
import dev.alliance.api.alignment.PropensityIngredient;
import dev.alliance.api.alignment.PropensityRecipe;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of the alignment values and obligation clauses, and their rules. */
class AlignmentValueExamplesTest {
  private static final PartnerId DEU = PartnerId.of("DEU");
  private static final PartnerId RUS = PartnerId.of("RUS");
  private static final PartnerId FRA = PartnerId.of("FRA");

  @Test
  void aTieHoldsFromItsFirstYearUpToButNotIncludingItsEnd() {
    SignedTie reinsurance = SignedTie.during(DEU, RUS, Sign.POSITIVE, 1872, 1890);
    assertTrue(reinsurance.holdsIn(1872));
    assertTrue(reinsurance.holdsIn(1889));
    assertFalse(reinsurance.holdsIn(1890));
    assertEquals("DEU + RUS [1872..1890)", reinsurance.toString());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SignedTie.during(DEU, RUS, Sign.POSITIVE, 1890, 1890));
    assertEquals("SignedTie.end = 1890: must be after begin 1890 (the span is begin <= year < end)", e.getMessage());
    assertThrows(InvalidValueException.class, () -> SignedTie.of(DEU, DEU, Sign.NEGATIVE));
  }

  @Test
  void aPairHasOneSignAtATime() {
    SignedNetwork history =
        SignedNetwork.ofTies(
            List.of(SignedTie.during(DEU, RUS, Sign.POSITIVE, 1872, 1890), SignedTie.during(RUS, DEU, Sign.NEGATIVE, 1890, 1918)));
    assertFalse(history.isSnapshot());
    assertEquals(Optional.of(Sign.NEGATIVE), history.at(1900).sign(DEU, RUS));
    assertEquals(Set.of(1872, 1890, 1918), Set.copyOf(history.changeYears()));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> history.withTies(List.of(SignedTie.during(DEU, RUS, Sign.POSITIVE, 1872, 1891), SignedTie.during(RUS, DEU, Sign.NEGATIVE, 1890, 1918))));
    assertEquals("SignedNetwork.ties[1]", e.field());
    assertTrue(e.rule().startsWith("overlaps in time with DEU + RUS [1872..1891)"), e.rule());
  }

  @Test
  void partitionsAreCanonical() {
    Partition a = Partition.of(List.of(Set.of(RUS, FRA), Set.of(DEU)));
    Partition b = Partition.fromLabels(List.of(DEU, RUS, FRA), new int[] {7, 2, 2});
    assertEquals(a, b);
    assertEquals("{DEU} | {FRA, RUS}", a.toString());
    assertThrows(InvalidValueException.class, () -> Partition.of(List.of(Set.of(RUS), Set.of(RUS, FRA))));
  }

  @Test
  void landscapesAndRecipes() {
    PairFacts fraDeu = PairFacts.of("FRA", "DEU").with(PropensityIngredient.PAST_WARS, 1).with(PropensityIngredient.TERRITORIAL_DISPUTES, 1);
    assertEquals(-2.0, PropensityRecipe.unitWeights().propensity(fraDeu));
    Landscape l = PropensityRecipe.unitWeights().landscape(List.of(LandscapeActor.of("FRA", 1), LandscapeActor.of("DEU", 2)), List.of(fraDeu));
    assertEquals(-2.0, l.propensity(DEU, FRA));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Landscape.of(l.actors(), List.of(Propensity.of("FRA", "DEU", 1), Propensity.of("DEU", "FRA", 2))));
    assertTrue(e.rule().startsWith("the pair already has propensity"), e.rule());
    assertThrows(InvalidValueException.class, () -> LandscapeActor.of("X", -1));
    Configuration c = Configuration.of(List.of(FRA), List.of(DEU));
    assertTrue(c.sameAlignment(c.swapped()));
    assertTrue(c.isApart(FRA, DEU));
  }

  @Test
  void twoClausesOfOneObligationMayNotBindTheSameParty() {
    ObligationClause all = ObligationClause.of(Obligation.DEFENSE);
    ObligationClause russiaOnly = ObligationClause.conditional(Obligation.DEFENSE, ObligationCondition.SPECIFIC_ADVERSARY).withParties(Set.of(RUS));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Agreement.builder().title("Reinsurance").formality(Formality.TREATY).addObligations(all, russiaOnly).build());
    assertEquals("Agreement.obligations[1]", e.field());
    assertEquals("binds a party that obligations[0] already binds to DEFENSE", e.rule());
    Agreement asymmetric =
        Agreement.builder()
            .title("Protectorate")
            .formality(Formality.TREATY)
            .addObligations(ObligationClause.of(Obligation.DEFENSE).withParties(Set.of(FRA)), ObligationClause.of(Obligation.NEUTRALITY).withParties(Set.of(DEU)))
            .build();
    assertEquals(List.of(Obligation.DEFENSE), asymmetric.obligationsOf(FRA).stream().map(ObligationClause::obligation).toList());
    InvalidValueException unconditional =
        assertThrows(
            InvalidValueException.class,
            () -> new ObligationClause(Obligation.DEFENSE, Set.of(), false, Set.of(ObligationCondition.LOCATION)));
    assertEquals("an unconditional obligation has no conditions", unconditional.rule());
  }

  @Test
  void anAlliancesObligationsMayBindOnlyItsMembers() {
    Typology typology =
        Typology.builder()
            .addPurposes(Purpose.DEFENSIVE)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.TREATY)
            .form(Form.PACT)
            .build();
    Agreement binding =
        Agreement.builder().title("Pact").formality(Formality.TREATY).addObligations(ObligationClause.of(Obligation.DEFENSE).withParties(Set.of(RUS))).build();
    Alliance.Builder alliance =
        Alliance.builder()
            .id(AllianceId.of("pact"))
            .name("Pact")
            .typology(typology)
            .addMembers(Member.of(Partner.of(DEU, "Germany", PartnerKind.STATE), Role.FOUNDER))
            .agreement(binding);
    InvalidValueException e = assertThrows(InvalidValueException.class, alliance::build);
    assertEquals("Alliance.agreement.obligations = [RUS]: binds partners who are not members", e.getMessage());
  }
}
