package dev.alliance.core.governance;

import dev.alliance.api.DateRange;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds engine inputs from the test kit's api-level values. */
final class Fixtures {
  private Fixtures() {}

  /**
   * The electorate of generated voting members, with delivered contributions in USD (the GDP
   * figure) and EUR (the quota figure), so that every weight source the generators produce can be
   * compiled.
   */
  static Electorate electorate(List<Member> members) {
    List<Voter> voters = new ArrayList<>();
    List<Contribution> contributions = new ArrayList<>();
    for (Member member : members) {
      voters.add(new Voter(member.id(), member.weight(), member.partner().attributes()));
      contributions.add(delivered(member.id(), member.partner().attribute(Measure.GDP).orElseThrow(), "USD"));
      contributions.add(delivered(member.id(), member.partner().attribute(Measure.QUOTA).orElseThrow(), "EUR"));
    }
    return Electorate.of(voters).withContributions(contributions);
  }

  static Contribution delivered(PartnerId contributor, BigDecimal amount, String unit) {
    return Contribution.builder()
        .contributor(contributor)
        .kind(ContributionKind.CAPITAL)
        .description("dues")
        .valuation(Valuation.of(amount, unit))
        .status(ContributionStatus.DELIVERED)
        .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
        .build();
  }

  static List<PartnerId> ids(List<Member> members) {
    return members.stream().map(Member::id).toList();
  }

  /** Voters P0.. of weight 1, without measures. */
  static Electorate plain(int size) {
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      voters.add(Voter.of(PartnerId.of("P" + i)));
    }
    return Electorate.of(voters);
  }

  /** Ballots from letters: Y yes, N no, A abstain, - absent. */
  static Ballots ballots(Electorate electorate, String letters) {
    List<Vote> votes = new ArrayList<>();
    for (char letter : letters.replace(" ", "").toCharArray()) {
      votes.add(
          switch (letter) {
            case 'Y' -> Vote.YES;
            case 'N' -> Vote.NO;
            case 'A' -> Vote.ABSTAIN;
            case '-' -> Vote.ABSENT;
            default -> throw new IllegalArgumentException("ballot letter " + letter);
          });
    }
    return Ballots.of(electorate, votes);
  }
}
