package dev.alliance.core.power;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Short ways to write voters and electorates in the power tests. */
final class Voters {
  private Voters() {}

  static Voter voter(String id, long weight) {
    return new Voter(PartnerId.of(id), BigDecimal.valueOf(weight), Map.of());
  }

  static Voter voter(String id, String weight) {
    return new Voter(PartnerId.of(id), new BigDecimal(weight), Map.of());
  }

  /** @return the members who may vote, as the governance engine would take them from an alliance */
  static Electorate of(List<Member> members) {
    return Electorate.of(
        members.stream().filter(Member::canVote).map(m -> new Voter(m.id(), m.weight(), m.partner().attributes())).toList());
  }
}
