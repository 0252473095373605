package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.text.TextColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exact Shapley value of a game: each player's average marginal contribution over every order
 * in which the grand coalition could form. The values are exact fractions that add up to the grand
 * coalition's value.
 *
 * @param players the players, in the game's order
 * @param values each player's value, in the players' order
 * @param grandValue the grand coalition's value, which the values add up to
 */
public record ShapleyValue(List<PartnerId> players, List<Rational> values, Rational grandValue) {

  /** Validates the result: one value per player, adding up to the grand value. */
  public ShapleyValue {
    players = List.copyOf(players);
    values = List.copyOf(values);
    Objects.requireNonNull(grandValue, "grandValue");
    Checks.check(values.size() == players.size(), "ShapleyValue.values", values.size(), "must be one per player, " + players.size());
    Checks.check(
        values.stream().reduce(Rational.ZERO, Rational::plus).equals(grandValue),
        "ShapleyValue.values",
        values,
        "must add up to the grand value " + grandValue);
  }

  /**
   * @param player a player
   * @return its value
   */
  public Rational of(PartnerId player) {
    int i = players.indexOf(player);
    Checks.check(i >= 0, "ShapleyValue.player", player, "is not a player");
    return values.get(i);
  }

  /**
   * The values as amounts in a minor unit, adding up exactly to the grand value: each value
   * rounded down, the units left over given one each to the largest remainders, equal remainders
   * in identity order.
   *
   * @param digits the number of decimal places of the minor unit, such as 2 for cents
   * @return each player's amount, in the players' order
   * @throws dev.alliance.api.InvalidValueException when the grand value is not a whole number of
   *     minor units
   */
  public Map<PartnerId, BigDecimal> toAmounts(int digits) {
    return Rounding.toAmounts(players, values, digits, "ShapleyValue.grandValue");
  }

  /** @return the values as text: player, exact value, decimal value and share of the grand value */
  public List<String> lines() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"player", "Shapley value", "exact", "share"});
    for (int i = 0; i < players.size(); i++) {
      Rational v = values.get(i);
      String share = grandValue.signum() == 0 ? "" : v.dividedBy(grandValue).times(Rational.of(100)).toBigDecimal(2, RoundingMode.HALF_EVEN) + "%";
      rows.add(new String[] {players.get(i).value(), v.toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString(), v.toString(), share});
    }
    return TextColumns.align(rows);
  }
}
