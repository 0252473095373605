package dev.alliance.examples.alignment;

import static dev.alliance.api.alignment.PropensityIngredient.PAST_WARS;
import static dev.alliance.api.alignment.PropensityIngredient.SHARED_ALLIANCES;
import static dev.alliance.api.alignment.PropensityIngredient.TERRITORIAL_DISPUTES;

import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.PairFacts;
import dev.alliance.api.alignment.PropensityRecipe;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.alignment.landscape.ActorFrustration;
import dev.alliance.core.alignment.landscape.ConfigurationReport;
import dev.alliance.core.alignment.landscape.EnergyLandscape;
import dev.alliance.core.alignment.landscape.LandscapeSearch;
import dev.alliance.core.alignment.landscape.LocalMinimum;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.util.List;
import java.util.Locale;

/**
 * Axelrod and Bennett's landscape theory (1993) run on the six great powers on 1 January 1914,
 * with inputs of our own, stated in full so that every figure can be checked by hand. These are
 * not Axelrod and Bennett's inputs (they studied Europe in 1936).
 *
 * <p><b>Sizes</b>: all equal (1), so that only the propensities speak.
 *
 * <p><b>Propensities</b>, by {@link PropensityRecipe#unitWeights()}: +1 per alliance or entente in
 * force, -1 per war fought against each other since 1859, -1 per open territorial claim:
 *
 * <ul>
 *   <li>alliances: Dual Alliance 1879 (DEU-AUH), Triple Alliance 1882 (DEU-ITA, AUH-ITA),
 *       Franco-Russian Alliance 1894 (FRA-RUS), Entente Cordiale 1904 (GBR-FRA), Anglo-Russian
 *       Convention 1907 (GBR-RUS);
 *   <li>wars since 1859: Franco-Austrian War 1859 (FRA-AUH, ITA-AUH: Sardinia), Austro-Prussian
 *       War 1866 (DEU-AUH, ITA-AUH: Italy fought beside Prussia), Franco-Prussian War 1870-71
 *       (FRA-DEU);
 *   <li>territorial claims: Alsace-Lorraine (FRA-DEU), Trentino and Trieste (ITA-AUH).
 * </ul>
 *
 * So p(GBR,FRA) = p(GBR,RUS) = p(FRA,RUS) = p(DEU,ITA) = +1; p(DEU,AUH) = 1 - 1 = 0; p(FRA,AUH) =
 * -1; p(FRA,DEU) = -1 - 1 = -2; p(AUH,ITA) = 1 - 2 - 1 = -2; every other pair 0. By hand, the
 * alignment of July 1914 ({GBR, FRA, RUS} against {DEU, AUH, ITA}) has energy -2 - 1 = -3. It is
 * not stable: Italy's frustration there is 0 against -1 if it switched (+1 from Germany, -2 from
 * Austria-Hungary), and Austria-Hungary's is -1 (France) against -2 if it switched (Italy). With
 * Italy beside the Entente the energy is -2 - 1 + 1 - 2 = -4 and no power gains by switching;
 * with Austria-Hungary beside it instead, -2 - 2 = -4 as well.
 */
public final class EveOf1914 implements Example {
  private static final List<String> POWERS = List.of("GBR", "FRA", "RUS", "DEU", "AUH", "ITA");

  @Override
  public String title() {
    return "Landscape theory on the eve of 1914: the alignment of July is not stable";
  }

  @Override
  public String lesson() {
    return "Landscape theory turns a few documented facts into predictions, and shows how much"
        + " they hang on the inputs: with equal sizes, alliances in force, wars since 1859 and"
        + " territorial claims, the alignment of July 1914 is unstable (Italy and Austria-Hungary"
        + " would each lower their frustration by switching), and two configurations share the"
        + " lowest energy: Italy beside the Entente, as it went in 1915, with the larger basin, and"
        + " Austria-Hungary beside it, which history never saw. The inputs cannot tell them apart;"
        + " sizes and weights would have to.";
  }

  /** @return the landscape, built from the documented ingredients */
  public Landscape landscape() {
    List<LandscapeActor> actors = POWERS.stream().map(id -> LandscapeActor.of(id, 1)).toList();
    List<PairFacts> facts =
        List.of(
            PairFacts.of("GBR", "FRA").with(SHARED_ALLIANCES, 1),
            PairFacts.of("GBR", "RUS").with(SHARED_ALLIANCES, 1),
            PairFacts.of("FRA", "RUS").with(SHARED_ALLIANCES, 1),
            PairFacts.of("DEU", "AUH").with(SHARED_ALLIANCES, 1).with(PAST_WARS, 1),
            PairFacts.of("DEU", "ITA").with(SHARED_ALLIANCES, 1),
            PairFacts.of("AUH", "ITA").with(SHARED_ALLIANCES, 1).with(PAST_WARS, 2).with(TERRITORIAL_DISPUTES, 1),
            PairFacts.of("FRA", "AUH").with(PAST_WARS, 1),
            PairFacts.of("FRA", "DEU").with(PAST_WARS, 1).with(TERRITORIAL_DISPUTES, 1));
    return PropensityRecipe.unitWeights().landscape(actors, facts);
  }

  /** @return the alignment of July 1914: the Triple Entente against the Triple Alliance */
  public static Configuration july1914() {
    return Configuration.of(ids("GBR", "FRA", "RUS"), ids("DEU", "AUH", "ITA"));
  }

  /** @return the alignment with Italy beside the Entente, as from May 1915 */
  public static Configuration italyWithTheEntente() {
    return Configuration.of(ids("GBR", "FRA", "RUS", "ITA"), ids("DEU", "AUH"));
  }

  private static List<PartnerId> ids(String... codes) {
    return List.of(codes).stream().map(PartnerId::of).toList();
  }

  /** @return every stable configuration with its basin */
  public LandscapeSearch search() {
    return EnergyLandscape.of(landscape()).localMinima();
  }

  @Override
  public Report run() {
    EnergyLandscape energy = EnergyLandscape.of(landscape());
    Report.Builder report = Report.of(this);
    report.line("Propensities (unit weights: +1 alliance, -1 war since 1859, -1 territorial claim; all sizes 1):");
    energy.landscape().propensities().forEach(p -> report.line("  " + p.a() + "-" + p.b() + " " + number(p.value())));
    for (Configuration c : List.of(july1914(), italyWithTheEntente())) {
      ConfigurationReport explained = energy.explain(c);
      report.line("");
      report.line(c + ": energy " + number(explained.energy()) + (explained.isStable() ? ", stable" : ", not stable"));
      TextTable table = new TextTable("power", "frustration", "if it switched", "switches?");
      for (ActorFrustration a : explained.actors()) {
        table.row(a.actor(), number(a.frustration()), number(a.frustrationIfSwitched()), a.wantsToSwitch() ? "yes" : "no");
      }
      report.table(table);
    }
    LandscapeSearch search = energy.localMinima();
    report.line("");
    report.line("All " + search.configurationsExamined() + " alignments examined; stable configurations:");
    for (LocalMinimum m : search.minima()) {
      report.line("  " + m.configuration() + "  energy " + number(m.energy()) + ", basin " + m.basinSize() + " of "
          + search.configurationsExamined() + " (" + String.format(Locale.ROOT, "%.0f%%", 100 * m.basinShare()) + ")");
    }
    return report.build();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new EveOf1914());
  }
}
