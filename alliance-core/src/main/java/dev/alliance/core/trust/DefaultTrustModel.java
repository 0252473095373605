package dev.alliance.core.trust;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.Incentives;
import dev.alliance.api.trust.TrustObservation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The default trust model: relational trust as weighed evidence of conduct, calculative trust from
 * incentives, and commitments sized so that the loss expected from a let-down stays affordable.
 *
 * <h2>Relational trust</h2>
 *
 * <p>A's trust in B rests on two amounts of evidence: r, what speaks for B (each kept commitment
 * adds {@code kept} = 1, each consultation {@code consulted} = 0.5), and s, what speaks against it
 * (the open wounds). Relational trust is the mean of a Beta distribution with one unit of prior
 * evidence on each side, {@code (r + 1) / (r + s + 2)}: 0.5 for a stranger, rising step by step
 * with each kept commitment and never reaching 1 (Jøsang and Ismail's Beta reputation system,
 * 2002). It therefore always lies in (0, 1).
 *
 * <ul>
 *   <li><b>Damage.</b> A missed commitment opens a wound of weight {@code missed} = 1, an act taken
 *       without consultation one of {@code unilateral} = 3, a breach one of {@code breach} = 4: a
 *       breach after ten kept commitments drops trust from 11/12 (0.92) to 11/16 (0.69), after three
 *       from 4/5 to 4/9.
 *   <li><b>Repair.</b> Acknowledgement, corrective action and restitution each heal a third of the
 *       repairable part of the oldest wound that has not had that kind of repair yet. The repairable
 *       part is everything but a scar of {@code scarShare} = a quarter of the wound, which never
 *       heals: repair restores much, never all. A breach's scar is one unit, the weight of a missed
 *       commitment.
 *   <li><b>Time.</b> Without interaction the evidence in B's favour fades, halving every {@code
 *       halfLifeDays} = 730 days, so unused trust drifts back toward the stranger's 0.5 (or lower
 *       while scars remain). Wounds do not fade: only repair and later good conduct outweigh them.
 * </ul>
 *
 * <p>Because a breach leaves at least one unit of evidence against B that repair cannot remove,
 * regaining the level reached before it takes more kept commitments than reaching it did, at the
 * same pace: from n kept commitments, a breach, and full repair, (n + 1) more are needed (without
 * fading; fading only makes it harder). With a smaller scar this no longer holds for large n.
 *
 * <h2>Calculative trust</h2>
 *
 * <p>From B's {@link Incentives}: if cooperating pays B at least what defecting would once the
 * expected sanction is counted ({@code defection - detection x sanction}), calculative trust is 1;
 * otherwise it is cooperation divided by that expected gain, so a defection that pays twice as much
 * as cooperation gives 0.5. The level blends the two components, {@code (1 - calculativeShare) x
 * relational + calculativeShare x calculative} with {@code calculativeShare} = 0.5; without known
 * incentives the level is the relational trust.
 *
 * <h2>Incremental commitment</h2>
 *
 * <p>The assurance is the evidence-backed part of the trust: the relational belief {@code r / (r +
 * s + 2)} (the Beta mean without the benefit of the doubt the prior gives a stranger), blended with
 * the calculative component as the level is. A commitment C to B puts at risk, in expectation,
 * {@code (1 - assurance) x C}; the model supports the largest C for which that stays within what A
 * can afford to lose: {@code affordableLoss / (1 - assurance)}, at most {@code maxMultiple} = 1,000
 * times it. A stranger is trusted with exactly the affordable loss, a small first step; each kept
 * commitment raises the next step.
 */
public final class DefaultTrustModel implements TrustModel {
  /** The model's name. */
  public static final String NAME = "default (evidence-weighed, Beta mean)";

  private static final Set<Conduct> REPAIRS = EnumSet.of(Conduct.ACKNOWLEDGEMENT, Conduct.CORRECTIVE_ACTION, Conduct.RESTITUTION);

  private final Parameters parameters;

  private DefaultTrustModel(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** @return the model with the documented default parameters */
  public static DefaultTrustModel standard() {
    return new DefaultTrustModel(Parameters.DEFAULTS);
  }

  /**
   * @param parameters the parameters
   * @return the model with those parameters
   */
  public static DefaultTrustModel with(Parameters parameters) {
    return new DefaultTrustModel(parameters);
  }

  /** @return the parameters */
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public TrustAssessment assess(
      PartnerId observer, PartnerId subject, List<TrustObservation> history, LocalDate asOf, Optional<Incentives> incentives) {
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(incentives, "incentives");
    Evidence evidence = evidence(observer, subject, history, asOf);
    double relational = (evidence.positive + 1) / (evidence.positive + evidence.negative + 2);
    double belief = evidence.positive / (evidence.positive + evidence.negative + 2);
    List<String> reasons = new ArrayList<>(evidence.reasons);
    reasons.add(
        "relational " + f(relational) + " = (" + f(evidence.positive) + " + 1) / (" + f(evidence.positive) + " + "
            + f(evidence.negative) + " + 2): evidence for " + f(evidence.positive) + ", against " + f(evidence.negative));
    OptionalDouble calculative = incentives.map(DefaultTrustModel::calculative).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    double level = relational;
    double assurance = belief;
    if (calculative.isPresent()) {
      double c = calculative.getAsDouble();
      Incentives i = incentives.get();
      reasons.add(
          "calculative " + f(c) + ": cooperating pays " + i.cooperation().toPlainString() + ", defecting "
              + i.expectedDefectionGain().toPlainString() + " once the expected sanction (" + i.detection().toPlainString() + " x "
              + i.sanction().toPlainString() + ") is counted");
      double share = parameters.calculativeShare();
      // Relational trust stays below 1 by at least 1 / (r + s + 2), far more than rounding can add,
      // so the blends stay within [0, 1] without clamping.
      level = (1 - share) * relational + share * c;
      assurance = (1 - share) * belief + share * c;
      reasons.add("level " + f(level) + " = " + f(1 - share) + " x relational + " + f(share) + " x calculative");
    }
    return new TrustAssessment(observer, subject, asOf, level, relational, calculative, assurance, NAME, reasons);
  }

  @Override
  public CommitmentSupport supportedCommitment(TrustAssessment assessment, BigDecimal affordableLoss) {
    Objects.requireNonNull(assessment, "assessment");
    Checks.nonNegative("DefaultTrustModel.affordableLoss", Objects.requireNonNull(affordableLoss, "affordableLoss"));
    double multiple = Math.min(parameters.maxMultiple(), 1 / (1 - assessment.assurance()));
    BigDecimal supported =
        affordableLoss.multiply(new BigDecimal(multiple, MathContext.DECIMAL64)).setScale(affordableLoss.scale(), RoundingMode.FLOOR);
    String reason =
        "assurance " + f(assessment.assurance()) + ": a commitment of " + supported.toPlainString() + " risks (1 - "
            + f(assessment.assurance()) + ") x it, within the affordable loss " + affordableLoss.toPlainString()
            + (multiple == parameters.maxMultiple() ? " (capped at " + f(parameters.maxMultiple()) + " times it)" : "");
    return new CommitmentSupport(affordableLoss, assessment.assurance(), supported, reason);
  }

  /**
   * @param incentives a partner's incentives
   * @return calculative trust: 1 when cooperation pays at least the expected gain of defection,
   *     otherwise their ratio
   */
  static double calculative(Incentives incentives) {
    BigDecimal defect = incentives.expectedDefectionGain();
    if (defect.compareTo(incentives.cooperation()) <= 0) {
      return 1;
    }
    return incentives.cooperation().divide(defect, MathContext.DECIMAL64).doubleValue();
  }

  private Evidence evidence(PartnerId observer, PartnerId subject, List<TrustObservation> history, LocalDate asOf) {
    Evidence evidence = new Evidence();
    LocalDate last = null;
    for (TrustObservation o : history) {
      if (!o.observer().equals(observer) || !o.subject().equals(subject) || o.on().isAfter(asOf)) {
        continue;
      }
      if (last != null && o.on().isBefore(last)) {
        throw new IllegalArgumentException("TrustModel.history must be in date order: " + o.on() + " follows " + last);
      }
      evidence.fade(last, o.on(), parameters.halfLifeDays());
      last = o.on();
      switch (o.conduct().effect()) {
        case BUILDS -> {
          double w = o.conduct() == Conduct.COMMITMENT_KEPT ? parameters.kept() : parameters.consulted();
          evidence.positive += w;
          evidence.reasons.add(o.on() + " " + o.conduct() + " +" + f(w) + " for: " + o.note());
        }
        case DAMAGES -> {
          double w =
              o.conduct() == Conduct.BREACH ? parameters.breach() : o.conduct() == Conduct.UNILATERAL_ACTION ? parameters.unilateral() : parameters.missed();
          evidence.wounds.add(new Wound(o, w, w * parameters.scarShare()));
          evidence.reasons.add(o.on() + " " + o.conduct() + " +" + f(w) + " against: " + o.note());
        }
        case REPAIRS -> {
          Wound wound = evidence.wounds.stream().filter(x -> !x.repairs.contains(o.conduct())).findFirst().orElse(null);
          if (wound == null) {
            evidence.reasons.add(o.on() + " " + o.conduct() + ": no wound left for it to repair: " + o.note());
          } else {
            double healed = (wound.weight - wound.scar) / REPAIRS.size();
            wound.remaining -= healed;
            wound.repairs.add(o.conduct());
            evidence.reasons.add(
                o.on() + " " + o.conduct() + " -" + f(healed) + " against (the " + wound.cause.conduct() + " of " + wound.cause.on()
                    + " now weighs " + f(wound.remaining) + "): " + o.note());
          }
        }
      }
    }
    evidence.fade(last, asOf, parameters.halfLifeDays());
    return evidence;
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** The evidence of one pair as it is folded. */
  private static final class Evidence {
    private double positive;
    private double negative;
    private final List<Wound> wounds = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    private void fade(LocalDate from, LocalDate to, double halfLife) {
      if (from != null && to.isAfter(from)) {
        positive *= Math.pow(0.5, ChronoUnit.DAYS.between(from, to) / halfLife);
      }
      negative = wounds.stream().mapToDouble(w -> w.remaining).sum();
    }
  }

  /** An open wound: its cause, weight, the scar it leaves, what remains of it, the repairs it had. */
  private static final class Wound {
    private final TrustObservation cause;
    private final double weight;
    private final double scar;
    private double remaining;
    private final Set<Conduct> repairs = EnumSet.noneOf(Conduct.class);

    private Wound(TrustObservation cause, double weight, double scar) {
      this.cause = cause;
      this.weight = weight;
      this.scar = scar;
      this.remaining = weight;
    }
  }

  /**
   * The model's parameters; see the class description for what each does.
   *
   * @param kept evidence for, per kept commitment; not negative
   * @param consulted evidence for, per consultation; not negative
   * @param missed the wound of a missed commitment; not negative
   * @param unilateral the wound of an act without consultation; not negative
   * @param breach the wound of a breach; not negative
   * @param scarShare the share of a wound that never heals, in {@code [0, 1]}
   * @param halfLifeDays the days in which the evidence for a partner halves without interaction; positive
   * @param calculativeShare the weight of calculative trust in the level, when known, in {@code [0, 1]}
   * @param maxMultiple the largest multiple of the affordable loss a commitment may reach; at least 1
   */
  public record Parameters(
      double kept,
      double consulted,
      double missed,
      double unilateral,
      double breach,
      double scarShare,
      double halfLifeDays,
      double calculativeShare,
      double maxMultiple) {

    /** The documented defaults. */
    public static final Parameters DEFAULTS = new Parameters(1, 0.5, 1, 3, 4, 0.25, 730, 0.5, 1000);

    /** Validates the parameters. */
    public Parameters {
      Checks.inRange("Parameters.kept", kept, 0, Double.MAX_VALUE);
      Checks.inRange("Parameters.consulted", consulted, 0, Double.MAX_VALUE);
      Checks.inRange("Parameters.missed", missed, 0, Double.MAX_VALUE);
      Checks.inRange("Parameters.unilateral", unilateral, 0, Double.MAX_VALUE);
      Checks.inRange("Parameters.breach", breach, 0, Double.MAX_VALUE);
      Checks.inRange("Parameters.scarShare", scarShare, 0, 1);
      Checks.inRange("Parameters.halfLifeDays", halfLifeDays, Double.MIN_VALUE, Double.MAX_VALUE);
      Checks.inRange("Parameters.calculativeShare", calculativeShare, 0, 1);
      Checks.inRange("Parameters.maxMultiple", maxMultiple, 1, Double.MAX_VALUE);
    }
  }
}
