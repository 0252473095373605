package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A signed, undirected tie between two actors, optionally held for a span of years. The span is
 * half-open: the tie holds in every year {@code y} with {@code begin <= y < end}, so that one tie
 * can end in the year another begins (the Reinsurance Treaty lapsed in 1890, the year Russia and
 * Germany turned hostile).
 *
 * <pre>{@code
 * SignedTie dreikaiserbund = SignedTie.during(PartnerId.of("DEU"), PartnerId.of("RUS"), Sign.POSITIVE, 1872, 1890);
 * dreikaiserbund.holdsIn(1889); // true
 * dreikaiserbund.holdsIn(1890); // false
 * }</pre>
 *
 * @param from one end; the order of the ends carries no meaning
 * @param to the other end; not {@code from}
 * @param sign positive or negative
 * @param begin the first year the tie holds, when it has a start
 * @param end the first year it no longer holds, when it has an end; after {@code begin}
 */
public record SignedTie(PartnerId from, PartnerId to, Sign sign, OptionalInt begin, OptionalInt end) {

  /** Validates the tie. */
  public SignedTie {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sign, "sign");
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    Checks.check(!from.equals(to), "SignedTie.to", to, "a tie joins two different actors");
    if (begin.isPresent() && end.isPresent()) {
      Checks.check(
          end.getAsInt() > begin.getAsInt(),
          "SignedTie.end",
          end.getAsInt(),
          "must be after begin " + begin.getAsInt() + " (the span is begin <= year < end)");
    }
  }

  /**
   * @param from one end
   * @param to the other end
   * @param sign the sign
   * @return a tie that holds at all times
   */
  public static SignedTie of(PartnerId from, PartnerId to, Sign sign) {
    return new SignedTie(from, to, sign, OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * @param from one end
   * @param to the other end
   * @param sign the sign
   * @param begin the first year it holds
   * @param end the first year it no longer holds
   * @return a tie that holds for {@code begin <= year < end}
   */
  public static SignedTie during(PartnerId from, PartnerId to, Sign sign, int begin, int end) {
    return new SignedTie(from, to, sign, OptionalInt.of(begin), OptionalInt.of(end));
  }

  /**
   * @param year a year
   * @return true when {@code begin <= year < end}, an absent bound being no limit
   */
  public boolean holdsIn(int year) {
    return (begin.isEmpty() || begin.getAsInt() <= year) && (end.isEmpty() || year < end.getAsInt());
  }

  /**
   * @param actor an actor
   * @return true when the actor is one of the ends
   */
  public boolean involves(PartnerId actor) {
    return from.equals(actor) || to.equals(actor);
  }

  /**
   * @param other another tie
   * @return true when both join the same two actors, in either order
   */
  public boolean joinsSamePair(SignedTie other) {
    return involves(other.from) && involves(other.to);
  }

  /**
   * @param other another tie
   * @return true when some year lies in both spans
   */
  public boolean overlapsInTime(SignedTie other) {
    int start = Math.max(begin.orElse(Integer.MIN_VALUE), other.begin.orElse(Integer.MIN_VALUE));
    long stop = Math.min(end.isPresent() ? end.getAsInt() : Long.MAX_VALUE, other.end.isPresent() ? other.end.getAsInt() : Long.MAX_VALUE);
    return start < stop;
  }

  /** @return the tie with the opposite sign and the same span */
  public SignedTie negated() {
    return new SignedTie(from, to, sign.negate(), begin, end);
  }

  /** @return true for a positive tie */
  public boolean isPositive() {
    return sign == Sign.POSITIVE;
  }

  @Override
  public String toString() {
    String span =
        begin.isEmpty() && end.isEmpty()
            ? ""
            : " [" + (begin.isPresent() ? begin.getAsInt() : "") + ".." + (end.isPresent() ? end.getAsInt() : "") + ")";
    return from + (sign == Sign.POSITIVE ? " + " : " - ") + to + span;
  }
}
