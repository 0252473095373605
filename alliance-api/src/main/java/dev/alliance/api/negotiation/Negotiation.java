package dev.alliance.api.negotiation;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A negotiation: the issues on the table and the parties at it. Every party takes a stance on
 * every issue and on nothing else, and every ideal and reservation point lies within the values
 * the issue can take.
 *
 * <pre>{@code
 * Negotiation sale = Negotiation.builder()
 *     .title("A sale")
 *     .addIssues(Issue.range("price", "USD", new BigDecimal("90"), new BigDecimal("130"), new BigDecimal("5")))
 *     .addParties(seller, buyer)
 *     .build();
 * sale.offerSpaceSize(); // 9
 * }</pre>
 */
@Value.Immutable
public abstract class Negotiation implements WithNegotiation {
  Negotiation() {}

  /** @return what is negotiated; not blank */
  public abstract String title();

  /** @return the issues on the table, in the order given; at least one, names unique */
  public abstract List<Issue> issues();

  /** @return the parties at the table, in the order given; at least two, identities unique */
  public abstract List<Party> parties();

  /**
   * @param name an issue's name
   * @return the issue
   * @throws dev.alliance.api.InvalidValueException when no issue has that name
   */
  public Issue issue(String name) {
    return issues().stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new dev.alliance.api.InvalidValueException("Negotiation.issues", name, "names no issue of \"" + title() + "\""));
  }

  /**
   * @param id a party's identity
   * @return the party
   * @throws dev.alliance.api.InvalidValueException when no party has that identity
   */
  public Party party(PartnerId id) {
    return parties().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new dev.alliance.api.InvalidValueException("Negotiation.parties", id, "is not a party to \"" + title() + "\""));
  }

  /** @return the number of offers made of one option of each issue */
  public BigInteger offerSpaceSize() {
    BigInteger size = BigInteger.ONE;
    for (Issue issue : issues()) {
      size = size.multiply(BigInteger.valueOf(issue.options().size()));
    }
    return size;
  }

  /**
   * Checks that an offer fits this negotiation: it names every issue and nothing else, and each
   * value lies between the issue's lowest and highest option.
   *
   * @param offer an offer
   * @return the offer
   * @throws dev.alliance.api.InvalidValueException naming the first term that does not fit
   */
  public Offer check(Offer offer) {
    Map<String, BigDecimal> terms = offer.terms();
    for (Issue issue : issues()) {
      BigDecimal value = terms.get(issue.name());
      Checks.check(value != null, "Offer.terms", offer, "names no value for the issue \"" + issue.name() + "\"");
      Checks.check(
          issue.spans(value),
          "Offer.terms[" + issue.name() + "]",
          value,
          "must lie between " + issue.low().toPlainString() + " and " + issue.high().toPlainString());
    }
    Checks.check(
        terms.size() == issues().size(),
        "Offer.terms",
        offer,
        "names issues that are not on the table; the issues are " + issues().stream().map(Issue::name).toList());
    return offer;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Negotiation}. */
  public static final class Builder extends ImmutableNegotiation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Negotiation.title", title());
    Checks.notEmpty("Negotiation.issues", issues());
    Checks.check(parties().size() >= 2, "Negotiation.parties", parties().size(), "a negotiation needs at least two parties");
    Set<String> names = new HashSet<>();
    for (Issue issue : issues()) {
      Checks.check(names.add(issue.name()), "Negotiation.issues", issue.name(), "issue names must be unique");
    }
    Set<PartnerId> ids = new HashSet<>();
    for (Party party : parties()) {
      Checks.check(ids.add(party.id()), "Negotiation.parties", party.id(), "a partner can be at the table only once");
      Checks.check(
          party.stances().keySet().equals(names),
          "Party.stances",
          party.id() + " " + party.stances().keySet(),
          "must name exactly the issues on the table, " + issues().stream().map(Issue::name).toList());
      for (Issue issue : issues()) {
        Stance stance = party.stance(issue.name());
        String field = "Party.stances[" + party.id() + ", " + issue.name() + "]";
        Checks.check(
            issue.spans(stance.ideal()),
            field + ".ideal",
            stance.ideal(),
            "must lie between the issue's lowest and highest option, " + issue.low().toPlainString() + " and " + issue.high().toPlainString());
        Checks.check(
            issue.spans(stance.reservation()),
            field + ".reservation",
            stance.reservation(),
            "must lie between the issue's lowest and highest option, " + issue.low().toPlainString() + " and " + issue.high().toPlainString());
      }
    }
  }
}
