package dev.alliance.examples.typology;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.ClauseKind;
import dev.alliance.api.agreement.CollectiveDefenseClause;
import dev.alliance.api.agreement.PurposeClause;
import dev.alliance.api.agreement.ResourceClause;
import dev.alliance.api.agreement.SuccessionClause;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Motivation;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.typology.Classification;
import dev.alliance.core.typology.Classifier;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * The Treaty of Kadesh (c. 1259 BCE) between Ramesses II of Egypt and Hattusili III of Hatti,
 * the oldest peace treaty whose text survives: a bilateral defensive pact between two great
 * powers of comparable strength, with mutual defense, the return of fugitives, and a clause that
 * bound both rulers' successors.
 *
 * <p>Strength is measured by the chariots each side fielded at the battle of Kadesh (c. 1274 BCE)
 * as Egyptian inscriptions report them: about 2,000 Egyptian and 3,500 Hittite chariots. The
 * figures are propaganda-era estimates; the lesson only needs their order of magnitude.
 */
public final class TreatyOfKadesh implements Example {
  /** The capability measure used: chariots fielded at Kadesh. */
  public static final Measure CHARIOTS = Measure.of("chariots at Kadesh");

  @Override
  public String title() {
    return "Treaty of Kadesh (c. 1259 BCE): a bilateral pact between equals";
  }

  @Override
  public String lesson() {
    return "The oldest surviving treaty already bound successors and promised mutual defense, but it"
        + " had no exit, no dispute ladder and no review: an 'eternal' pact plans no way out and no"
        + " way to settle quarrels, which a modern agreement must.";
  }

  /** @return the treaty as an alliance of the two great powers, operating after signature */
  public Alliance alliance() {
    Partner egypt =
        Partner.builder()
            .id(PartnerId.of("EGY"))
            .name("Egypt under Ramesses II")
            .kind(PartnerKind.STATE)
            .addCapabilities(Capability.MILITARY_ASSETS, Capability.CAPITAL)
            .putAttributes(CHARIOTS, new BigDecimal("2000"))
            .build();
    Partner hatti =
        Partner.builder()
            .id(PartnerId.of("HAT"))
            .name("Hatti under Hattusili III")
            .kind(PartnerKind.STATE)
            .addCapabilities(Capability.MILITARY_ASSETS)
            .putAttributes(CHARIOTS, new BigDecimal("3500"))
            .build();
    Typology typology =
        Typology.builder()
            .addPurposes(Purpose.DEFENSIVE, Purpose.POLITICAL)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.TREATY)
            .form(Form.PACT)
            .addMotivations(Motivation.SHARED_THREAT, Motivation.LEGITIMACY)
            .build();
    return Alliance.builder()
        .id(AllianceId.of("kadesh"))
        .name("Treaty of Kadesh")
        .typology(typology)
        .addMembers(Member.of(egypt, Role.FOUNDER), Member.of(hatti, Role.FOUNDER))
        .agreement(treaty())
        .state(AllianceState.OPERATING)
        .build();
  }

  /** @return the treaty's clauses as far as the surviving text shows them */
  public Agreement treaty() {
    return Agreement.builder()
        .title("Treaty of Kadesh")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("Eternal peace and brotherhood between Egypt and Hatti; fugitives are returned"))
        .resources(ResourceClause.of("Each king sends infantry and chariots when the other's lands are attacked"))
        .collectiveDefense(
            new CollectiveDefenseClause(
                "mutual defense", "An enemy who comes against one great king's lands is met by the other's army"))
        .succession(new SuccessionClause("The treaty binds the sons and successors of both kings"))
        .build();
  }

  @Override
  public Report run() {
    Alliance kadesh = alliance();
    Classification c = Classifier.withDefaultThreshold(CHARIOTS).classify(kadesh);
    Agreement treaty = kadesh.agreement().orElseThrow();
    Report.Builder report = Report.of(this);
    report.line("Parties: " + kadesh.parties().stream().map(m -> m.partner().name()).collect(Collectors.joining(" and ")));
    c.reasons().forEach(reason -> report.line("Derived " + reason));
    report.line("Chosen: purposes " + c.typology().purposes() + ", " + c.typology().governanceStyle()
        + " governance, " + (c.typology().duration().isAdHoc() ? "ad hoc" : "permanent") + ", "
        + c.typology().formality() + ", " + c.typology().form());
    report.line("Clauses present: " + treaty.clauses());
    report.line("Optional clauses ahead of their time: "
        + (treaty.hasClause(ClauseKind.SUCCESSION) ? "succession " : "")
        + (treaty.hasClause(ClauseKind.COLLECTIVE_DEFENSE) ? "collective defense" : ""));
    report.line("Essential clauses missing by today's standard: " + treaty.missingEssentialClauses());
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new TreatyOfKadesh());
  }
}
