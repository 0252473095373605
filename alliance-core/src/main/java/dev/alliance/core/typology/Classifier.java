package dev.alliance.core.typology;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies alliances and explains the derived dimensions. The derivations are the api's own
 * ({@link Alliance#structure()}, {@link Alliance#powerSymmetry(Measure, BigDecimal)}); the
 * classifier adds the figures that justify them, so that a report can say why NATO is asymmetric
 * rather than only that it is.
 *
 * <pre>{@code
 * Classification c = Classifier.withDefaultThreshold(Measure.GDP).classify(nato);
 * c.reasons(); // ["structure MULTILATERAL: 12 parties", "symmetry ASYMMETRIC: strongest USA ..."]
 * }</pre>
 */
public final class Classifier {
  private final Measure capability;
  private final BigDecimal maxRatio;

  private Classifier(Measure capability, BigDecimal maxRatio) {
    this.capability = Objects.requireNonNull(capability, "capability");
    this.maxRatio = Objects.requireNonNull(maxRatio, "maxRatio");
  }

  /**
   * @param capability the measure that stands for capability
   * @return a classifier using {@link PowerSymmetry#DEFAULT_MAX_RATIO}
   */
  public static Classifier withDefaultThreshold(Measure capability) {
    return new Classifier(capability, PowerSymmetry.DEFAULT_MAX_RATIO);
  }

  /**
   * @param capability the measure that stands for capability
   * @param maxRatio the largest strongest-to-weakest ratio that counts as symmetric
   * @return a classifier using that threshold
   */
  public static Classifier withThreshold(Measure capability, BigDecimal maxRatio) {
    return new Classifier(capability, maxRatio);
  }

  /**
   * Classifies an alliance.
   *
   * @param alliance the alliance
   * @return its classification with reasons
   */
  public Classification classify(Alliance alliance) {
    List<Member> parties = alliance.parties();
    List<String> reasons = new ArrayList<>();
    Optional<Structure> structure = alliance.structure();
    reasons.add(
        structure
            .map(s -> "structure " + s + ": " + parties.size() + " parties")
            .orElse("structure undetermined: " + parties.size() + " part" + (parties.size() == 1 ? "y" : "ies") + ", an alliance needs two"));
    Optional<PowerSymmetry> symmetry = alliance.powerSymmetry(capability, maxRatio);
    reasons.add(symmetryReason(parties, symmetry));
    return new Classification(
        alliance.id(), alliance.name(), alliance.typology(), parties.size(), structure, symmetry, reasons);
  }

  private String symmetryReason(List<Member> parties, Optional<PowerSymmetry> symmetry) {
    if (symmetry.isEmpty()) {
      List<String> lacking =
          parties.stream()
              .filter(p -> p.partner().attribute(capability).isEmpty())
              .map(p -> p.id().value())
              .toList();
      return lacking.isEmpty()
          ? "symmetry undetermined: fewer than two parties"
          : "symmetry undetermined: no " + capability + " for " + String.join(", ", lacking);
    }
    Comparator<Member> byCapability =
        Comparator.comparing(m -> m.partner().attribute(capability).orElseThrow());
    Member strongest = parties.stream().max(byCapability).orElseThrow();
    Member weakest = parties.stream().min(byCapability).orElseThrow();
    BigDecimal high = strongest.partner().attribute(capability).orElseThrow();
    BigDecimal low = weakest.partner().attribute(capability).orElseThrow();
    String ratio =
        low.signum() == 0
            ? "unbounded"
            : high.divide(low, MathContext.DECIMAL64).round(new MathContext(3)).toPlainString();
    String comparison = symmetry.get() == PowerSymmetry.SYMMETRIC ? " <= " : " > ";
    return "symmetry "
        + symmetry.get()
        + ": strongest "
        + strongest.id()
        + " / weakest "
        + weakest.id()
        + " by "
        + capability
        + " = "
        + ratio
        + comparison
        + maxRatio.toPlainString();
  }
}
