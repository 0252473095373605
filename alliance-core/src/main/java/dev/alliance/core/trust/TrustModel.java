package dev.alliance.core.trust;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Incentives;
import dev.alliance.api.trust.TrustObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Turns what one partner observed another do into trust. Implementations must keep every level in
 * {@code [0, 1]}, never lower trust for a kept commitment nor raise it for a breach, and be pure: the
 * same inputs give the same assessment.
 *
 * <pre>{@code
 * TrustModel model = DefaultTrustModel.standard();
 * TrustAssessment fraInUsa = model.assess(FRA, USA, ledger.between(FRA, USA), LocalDate.of(2021, 9, 18), Optional.empty());
 * fraInUsa.level();                                            // 0.29
 * model.supportedCommitment(fraInUsa, new BigDecimal("100")).supported(); // 107
 * }</pre>
 */
public interface TrustModel {

  /** @return the model's name, for explanations */
  String name();

  /**
   * Assesses the observer's trust in the subject.
   *
   * @param observer the partner whose trust it is
   * @param subject the partner trusted
   * @param history what the observer saw the subject do, in date order; observations after {@code
   *     asOf}, or about other pairs, are ignored
   * @param asOf the day the trust is assessed on
   * @param incentives the subject's incentives to cooperate, for calculative trust; empty when unknown
   * @return the assessment
   */
  TrustAssessment assess(
      PartnerId observer, PartnerId subject, List<TrustObservation> history, LocalDate asOf, Optional<Incentives> incentives);

  /**
   * Incremental commitment: how large a commitment to the subject the observer's trust supports,
   * given what the observer can afford to lose.
   *
   * @param assessment the observer's trust in the subject
   * @param affordableLoss what the observer can afford to lose if the subject lets it down; not negative
   * @return the supported commitment, explained
   */
  CommitmentSupport supportedCommitment(TrustAssessment assessment, BigDecimal affordableLoss);
}
