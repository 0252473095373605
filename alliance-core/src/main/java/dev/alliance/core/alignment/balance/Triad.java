package dev.alliance.core.alignment.balance;

import dev.alliance.api.alignment.Sign;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * Three actors tied pairwise, with the three signs.
 *
 * @param a the first actor
 * @param b the second
 * @param c the third
 * @param ab the sign between a and b
 * @param bc the sign between b and c
 * @param ca the sign between c and a
 */
public record Triad(PartnerId a, PartnerId b, PartnerId c, Sign ab, Sign bc, Sign ca) {
  /** Checks for nulls. */
  public Triad {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(ab, "ab");
    Objects.requireNonNull(bc, "bc");
    Objects.requireNonNull(ca, "ca");
  }

  /** @return true when the product of the three signs is positive */
  public boolean isBalanced() {
    return ab.times(bc).times(ca) == Sign.POSITIVE;
  }

  /** @return the number of negative signs, 0 to 3 */
  public int negatives() {
    return (ab == Sign.NEGATIVE ? 1 : 0) + (bc == Sign.NEGATIVE ? 1 : 0) + (ca == Sign.NEGATIVE ? 1 : 0);
  }

  @Override
  public String toString() {
    return a + " " + symbol(ab) + " " + b + " " + symbol(bc) + " " + c + " " + symbol(ca) + " " + a;
  }

  private static char symbol(Sign sign) {
    return sign == Sign.POSITIVE ? '+' : '-';
  }
}
