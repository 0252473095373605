package dev.alliance.api.governance;

import java.util.List;
import java.util.Map;
import dev.alliance.api.partner.PartnerId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * How an alliance is governed: its bodies, the procedure that decides each issue area, the
 * procedure for every other area, and any authority pre-delegated for crises.
 *
 * <pre>{@code
 * Governance nato = Governance.builder()
 *     .addBodies(Body.plenary("North Atlantic Council", BodyKind.COUNCIL))
 *     .defaultProcedure(DecisionProcedure.of(DecisionRule.consensus()))
 *     .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
 *     .build();
 * nato.procedureFor(IssueArea.BUDGET); // consensus
 * }</pre>
 */
@Value.Immutable
public abstract class Governance implements WithGovernance {
  Governance() {}

  /** @return the governing bodies */
  public abstract List<Body> bodies();

  /** @return the procedures that differ from the default, per issue area */
  public abstract Map<IssueArea, DecisionProcedure> procedures();

  /** @return the procedure for every area not listed; consensus by default */
  @Value.Default
  public DecisionProcedure defaultProcedure() {
    return DecisionProcedure.of(DecisionRule.consensus());
  }

  /** @return authority delegated in advance for crises, when any */
  public abstract Optional<CrisisDelegation> crisisDelegation();

  /**
   * @param area an issue area
   * @return the procedure that decides it
   */
  public DecisionProcedure procedureFor(IssueArea area) {
    return procedures().getOrDefault(area, defaultProcedure());
  }

  /**
   * Lists every partner the governance names: on bodies, in rules, as a tie-breaking chair, in a
   * crisis delegation. An alliance requires all of them to be its members.
   *
   * @return the partners named anywhere in the governance
   */
  public Set<PartnerId> namedPartners() {
    Set<PartnerId> named = new TreeSet<>();
    bodies().forEach(body -> named.addAll(body.members()));
    named.addAll(namedBy(defaultProcedure()));
    procedures().values().forEach(procedure -> named.addAll(namedBy(procedure)));
    crisisDelegation()
        .ifPresent(
            delegation -> {
              named.addAll(delegation.body().members());
              named.addAll(namedBy(delegation.procedure()));
            });
    return named;
  }

  private static Set<PartnerId> namedBy(DecisionProcedure procedure) {
    Set<PartnerId> named = new TreeSet<>(procedure.rule().namedPartners());
    if (procedure.tie() instanceof TiePolicy.CastingVote castingVote) {
      named.add(castingVote.chair());
    }
    return named;
  }

  /**
   * The governance of sovereign equals with nothing agreed yet: every area by consensus.
   *
   * @return consensus for every issue area, no bodies
   */
  public static Governance consensusForAll() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Governance}. */
  public static final class Builder extends ImmutableGovernance.Builder {
    Builder() {}
  }
}
