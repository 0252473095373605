package dev.alliance.core.power;

import java.util.ArrayList;
import java.util.List;

/**
 * When a coalition wins, as a monotone formula over threshold atoms: "the yes side's sum on
 * criterion c is at least q", combined with all-of and any-of. Every decision rule the library
 * knows becomes such a formula, which is why every game here is monotone. The factories simplify
 * as they build (constant atoms fold away, nested combinations flatten), so a formula is never
 * larger than the rule it came from.
 */
sealed interface Condition permits Condition.Atom, Condition.All, Condition.Any, Condition.Constant {

  /**
   * @param sums the yes side's sum on each criterion
   * @return true when a coalition with these sums wins
   */
  boolean holds(long[] sums);

  /**
   * The condition of the dual game, where a coalition wins exactly when its complement does not:
   * each atom's quota q becomes {@code total - q + 1} and all-of and any-of swap.
   *
   * @param totals each criterion's total over all players
   * @return the dual condition
   */
  Condition dual(long[] totals);

  /** @param out receives the atoms, left to right */
  void collectAtoms(List<Atom> out);

  /**
   * @param criteria the criteria's labels and totals
   * @return the condition in words
   */
  String describe(List<Criterion> criteria);

  /**
   * An atom, simplified to a constant when it cannot fail or cannot hold.
   *
   * @param criterion the criterion's index
   * @param quota the least sum that satisfies it
   * @param total the criterion's total over all players
   * @return the condition
   */
  static Condition atom(int criterion, long quota, long total) {
    if (quota <= 0) {
      return Constant.TRUE;
    }
    if (quota > total) {
      return Constant.FALSE;
    }
    return new Atom(criterion, quota);
  }

  /**
   * @param parts the parts
   * @return a condition that holds when every part holds, simplified
   */
  static Condition all(List<Condition> parts) {
    List<Condition> kept = new ArrayList<>();
    for (Condition part : parts) {
      if (part == Constant.FALSE) {
        return Constant.FALSE;
      }
      if (part instanceof All all) {
        kept.addAll(all.parts());
      } else if (part != Constant.TRUE) {
        kept.add(part);
      }
    }
    if (kept.isEmpty()) {
      return Constant.TRUE;
    }
    return kept.size() == 1 ? kept.get(0) : new All(List.copyOf(kept));
  }

  /**
   * @param parts the parts
   * @return a condition that holds when any part holds, simplified
   */
  static Condition any(List<Condition> parts) {
    List<Condition> kept = new ArrayList<>();
    for (Condition part : parts) {
      if (part == Constant.TRUE) {
        return Constant.TRUE;
      }
      if (part instanceof Any any) {
        kept.addAll(any.parts());
      } else if (part != Constant.FALSE) {
        kept.add(part);
      }
    }
    if (kept.isEmpty()) {
      return Constant.FALSE;
    }
    return kept.size() == 1 ? kept.get(0) : new Any(List.copyOf(kept));
  }

  /**
   * The yes side's sum on one criterion reaches a quota.
   *
   * @param criterion the criterion's index in the game
   * @param quota the least winning sum; at least 1 and at most the criterion's total
   */
  record Atom(int criterion, long quota) implements Condition {
    @Override
    public boolean holds(long[] sums) {
      return sums[criterion] >= quota;
    }

    @Override
    public Condition dual(long[] totals) {
      return Condition.atom(criterion, totals[criterion] - quota + 1, totals[criterion]);
    }

    @Override
    public void collectAtoms(List<Atom> out) {
      out.add(this);
    }

    @Override
    public String describe(List<Criterion> criteria) {
      Criterion c = criteria.get(criterion);
      return c.label() + " >= " + quota + " of " + c.total();
    }
  }

  /**
   * Every part holds.
   *
   * @param parts at least two parts, none of them an {@code All}
   */
  record All(List<Condition> parts) implements Condition {
    @Override
    public boolean holds(long[] sums) {
      for (Condition part : parts) {
        if (!part.holds(sums)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Condition dual(long[] totals) {
      return Condition.any(parts.stream().map(p -> p.dual(totals)).toList());
    }

    @Override
    public void collectAtoms(List<Atom> out) {
      parts.forEach(p -> p.collectAtoms(out));
    }

    @Override
    public String describe(List<Criterion> criteria) {
      return "all of (" + String.join("; ", parts.stream().map(p -> p.describe(criteria)).toList()) + ")";
    }
  }

  /**
   * Some part holds.
   *
   * @param parts at least two parts, none of them an {@code Any}
   */
  record Any(List<Condition> parts) implements Condition {
    @Override
    public boolean holds(long[] sums) {
      for (Condition part : parts) {
        if (part.holds(sums)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Condition dual(long[] totals) {
      return Condition.all(parts.stream().map(p -> p.dual(totals)).toList());
    }

    @Override
    public void collectAtoms(List<Atom> out) {
      parts.forEach(p -> p.collectAtoms(out));
    }

    @Override
    public String describe(List<Criterion> criteria) {
      return "any of (" + String.join("; ", parts.stream().map(p -> p.describe(criteria)).toList()) + ")";
    }
  }

  /** A condition that holds always, or never. */
  enum Constant implements Condition {
    /** Every coalition wins, even the empty one. */
    TRUE,
    /** No coalition wins, not even all players together. */
    FALSE;

    @Override
    public boolean holds(long[] sums) {
      return this == TRUE;
    }

    @Override
    public Condition dual(long[] totals) {
      return this == TRUE ? FALSE : TRUE;
    }

    @Override
    public void collectAtoms(List<Atom> out) {}

    @Override
    public String describe(List<Criterion> criteria) {
      return this == TRUE ? "always" : "never";
    }
  }
}
