package dev.alliance.core.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-size moduli that exact counting runs in, and the Chinese remainder theorem that puts
 * the residues back together. Counting coalitions needs only additions and subtractions, so each
 * modulus costs one pass of plain {@code long} arithmetic: no {@link BigInteger} in the inner
 * loops.
 *
 * <p>The first modulus is 2^64, which is free: Java's {@code long} arithmetic wraps around it.
 * Counts of fewer than 64 players' coalitions fit it exactly. Larger games add the largest primes
 * below 2^62 (found once with a probabilistic test of error below 4^-64, then fixed), one per 61
 * further bits, so that their product exceeds every count: a 200-player game uses 2^64 and three
 * primes. A modulus is written {@code 0} for 2^64.
 */
final class Moduli {
  /** Marks the modulus 2^64 in a moduli array. */
  static final long TWO_TO_64 = 0;

  private static final BigInteger BIG_TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
  private static final List<Long> PRIMES = new ArrayList<>();

  private Moduli() {}

  /**
   * @param bits counts to be recovered are below 2^bits
   * @return 2^64 (as 0), then as many primes below 2^62 as the bits need
   */
  static long[] forBits(int bits) {
    List<Long> chosen = new ArrayList<>();
    chosen.add(TWO_TO_64);
    int covered = 64;
    int index = 0;
    while (covered < bits) {
      chosen.add(prime(index++));
      covered += 61; // every prime exceeds 2^61
    }
    return chosen.stream().mapToLong(Long::longValue).toArray();
  }

  /** @return the (index+1)-th largest prime below 2^62 */
  static synchronized long prime(int index) {
    long candidate = PRIMES.isEmpty() ? (1L << 62) - 1 : PRIMES.get(PRIMES.size() - 1) - 2;
    while (PRIMES.size() <= index) {
      if (BigInteger.valueOf(candidate).isProbablePrime(128)) {
        PRIMES.add(candidate);
      }
      candidate -= 2;
    }
    return PRIMES.get(index);
  }

  /**
   * Puts residues back together (Garner's form of the Chinese remainder theorem).
   *
   * @param moduli the moduli, 2^64 first
   * @param residues one residue per modulus; the one modulo 2^64 read as unsigned
   * @return the unique integer in {@code [0, product of moduli)} with these residues
   */
  static BigInteger combine(long[] moduli, long[] residues) {
    BigInteger value = unsigned(residues[0]);
    BigInteger product = BIG_TWO_TO_64;
    for (int j = 1; j < moduli.length; j++) {
      BigInteger p = BigInteger.valueOf(moduli[j]);
      BigInteger difference = BigInteger.valueOf(residues[j]).subtract(value).mod(p);
      BigInteger step = difference.multiply(product.mod(p).modInverse(p)).mod(p);
      value = value.add(product.multiply(step));
      product = product.multiply(p);
    }
    return value;
  }

  static BigInteger unsigned(long value) {
    BigInteger v = BigInteger.valueOf(value);
    return value >= 0 ? v : v.add(BIG_TWO_TO_64);
  }

  /** @return a + b modulo p (0 for 2^64), for residues already reduced */
  static long add(long a, long b, long p) {
    long s = a + b;
    return p != TWO_TO_64 && (s >= p || s < 0) ? s - p : s;
  }

  /** @return a - b modulo p (0 for 2^64), for residues already reduced */
  static long subtract(long a, long b, long p) {
    long d = a - b;
    return p != TWO_TO_64 && d < 0 ? d + p : d;
  }
}
