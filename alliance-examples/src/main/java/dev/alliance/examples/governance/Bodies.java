package dev.alliance.examples.governance;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Electorate;
import dev.alliance.examples.Report;
import java.math.BigDecimal;
import java.util.List;

/** What the governance examples share: building a governed body, casting its ballots, reporting outcomes. */
final class Bodies {
  private Bodies() {}

  /**
   * @param id the alliance's id
   * @param name its name
   * @param typology its typology
   * @param governance how it decides
   * @param members its members
   * @return an operating alliance whose agreement carries the governance
   */
  static Alliance alliance(String id, String name, Typology typology, Governance governance, List<Member> members) {
    return Alliance.builder()
        .id(AllianceId.of(id))
        .name(name)
        .typology(typology)
        .state(AllianceState.OPERATING)
        .members(members)
        .agreement(Agreement.builder().title(name).formality(typology.formality()).governance(new GovernanceClause(governance)).build())
        .build();
  }

  /**
   * @param style how it is governed
   * @param formality how formal its agreement is
   * @param form its form
   * @param purposes why it exists
   * @return the typology of a permanent body
   */
  static Typology permanent(GovernanceStyle style, Formality formality, Form form, Purpose... purposes) {
    return Typology.builder()
        .addPurposes(purposes)
        .governanceStyle(style)
        .duration(Lifespan.permanent())
        .formality(formality)
        .form(form)
        .build();
  }

  /** A member of weight 1, of the given kind. */
  static Member member(String id, String name, PartnerKind kind) {
    return Member.of(Partner.of(PartnerId.of(id), name, kind), Role.MEMBER);
  }

  /** A member whose weight in weighted decisions is {@code weight}. */
  static Member weighted(String id, String name, PartnerKind kind, String weight) {
    return member(id, name, kind).withWeight(new BigDecimal(weight));
  }

  /** A state carrying one measure, such as its population. */
  static Member measured(String id, String name, Measure measure, long value) {
    Partner partner = Partner.builder().id(PartnerId.of(id)).name(name).kind(PartnerKind.STATE).putAttributes(measure, BigDecimal.valueOf(value)).build();
    return Member.of(partner, Role.MEMBER);
  }

  /**
   * Ballots from space-separated ids; every voter not named has not voted.
   *
   * @param electorate the electorate
   * @param yes who voted yes
   * @param no who voted no
   * @param abstain who abstained
   * @return the ballots
   */
  static Ballots cast(Electorate electorate, String yes, String no, String abstain) {
    Ballots ballots = Ballots.none(electorate);
    ballots = cast(ballots, yes, Vote.YES);
    ballots = cast(ballots, no, Vote.NO);
    return cast(ballots, abstain, Vote.ABSTAIN);
  }

  /** Every voter votes yes except those named as voting no or abstaining. */
  static Ballots allYesExcept(Electorate electorate, String no, String abstain) {
    Ballots ballots = Ballots.none(electorate);
    for (var voter : electorate.voters()) {
      ballots = ballots.withVote(voter.id(), Vote.YES);
    }
    return cast(cast(ballots, no, Vote.NO), abstain, Vote.ABSTAIN);
  }

  private static Ballots cast(Ballots ballots, String ids, Vote vote) {
    Ballots result = ballots;
    for (String id : ids.split(" ")) {
      if (!id.isBlank()) {
        result = result.withVote(PartnerId.of(id), vote);
      }
    }
    return result;
  }

  /** Adds a heading and the outcome's explanation, indented, to a report. */
  static void explain(Report.Builder report, String heading, Outcome outcome) {
    report.line(heading);
    outcome.lines().forEach(line -> report.line("  " + line));
  }

  /** Adds a heading and the standing's explanation, indented, to a report. */
  static void explain(Report.Builder report, String heading, Standing standing) {
    report.line(heading);
    standing.lines().forEach(line -> report.line("  " + line));
  }
}
