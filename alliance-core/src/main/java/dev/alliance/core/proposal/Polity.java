package dev.alliance.core.proposal;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/**
 * What proposals need to know of the alliance they are put to: who its members are and whether
 * each may vote, the governance in force, and whether a crisis is declared. The lifecycle's state
 * ({@code dev.alliance.core.lifecycle.AllianceLifecycle}) is one; tests may supply their own.
 */
public interface Polity {

  /** @return the alliance's name, for reasons */
  String name();

  /** @return the governance in force */
  Governance governance();

  /** @return every membership, in any state, in the order the partners were invited */
  List<Member> members();

  /**
   * @param partner a partner
   * @return its membership, in whatever state; empty when it was never invited
   */
  Optional<Member> member(PartnerId partner);

  /** @return true while a declared crisis lasts */
  boolean isInCrisis();
}
