package dev.alliance.core.trust;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Incentives;
import dev.alliance.api.trust.TrustObservation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The observations of an alliance's members, kept per ordered pair (observer, subject) in date
 * order (observations of one day in the order they were added). Immutable: {@link #with} returns a new ledger that shares the rest.
 *
 * <pre>{@code
 * TrustLedger ledger = TrustLedger.empty().with(observation);
 * ledger.between(FRA, USA);                        // FRA's observations of USA
 * ledger.assess(DefaultTrustModel.standard(), FRA, USA, day, Optional.empty()).level();
 * }</pre>
 */
public final class TrustLedger {
  private static final TrustLedger EMPTY = new TrustLedger(HashMap.empty(), 0);

  private final Map<Tuple2<PartnerId, PartnerId>, Vector<TrustObservation>> pairs;
  private final int size;

  private TrustLedger(Map<Tuple2<PartnerId, PartnerId>, Vector<TrustObservation>> pairs, int size) {
    this.pairs = pairs;
    this.size = size;
  }

  /** @return a ledger with no observation */
  public static TrustLedger empty() {
    return EMPTY;
  }

  /**
   * @param observations observations, in the order to keep
   * @return a ledger of them
   */
  public static TrustLedger of(List<TrustObservation> observations) {
    TrustLedger ledger = EMPTY;
    for (TrustObservation o : observations) {
      ledger = ledger.with(o);
    }
    return ledger;
  }

  /**
   * @param observation an observation
   * @return a ledger with it added after the pair's observations of the same day or earlier, so
   *     that each pair's observations stay in date order (streams are in date order, so this is
   *     normally the end)
   */
  public TrustLedger with(TrustObservation observation) {
    Objects.requireNonNull(observation, "observation");
    Tuple2<PartnerId, PartnerId> key = Tuple.of(observation.observer(), observation.subject());
    Vector<TrustObservation> list = pairs.get(key).getOrElse(Vector.empty());
    int at = list.size();
    while (at > 0 && list.get(at - 1).on().isAfter(observation.on())) {
      at--;
    }
    return new TrustLedger(pairs.put(key, list.insert(at, observation)), size + 1);
  }

  /**
   * @param observer the observer
   * @param subject the subject
   * @return what the observer saw the subject do, in date order
   */
  public List<TrustObservation> between(PartnerId observer, PartnerId subject) {
    return pairs.get(Tuple.of(observer, subject)).map(Vector::asJava).getOrElse(List.of());
  }

  /** @return every partner that observed or was observed, in identity order */
  public Set<PartnerId> partners() {
    Set<PartnerId> partners = new TreeSet<>();
    pairs.keySet().forEach(k -> {
      partners.add(k._1);
      partners.add(k._2);
    });
    return partners;
  }

  /** @return the number of observations */
  public int size() {
    return size;
  }

  /**
   * @param model the trust model
   * @param observer the observer
   * @param subject the subject
   * @param asOf the day
   * @param incentives the subject's incentives, when known
   * @return the observer's trust in the subject on that day
   */
  public TrustAssessment assess(TrustModel model, PartnerId observer, PartnerId subject, LocalDate asOf, Optional<Incentives> incentives) {
    return model.assess(observer, subject, between(observer, subject), asOf, incentives);
  }

  /**
   * Every ordered pair of distinct partners, assessed.
   *
   * @param model the trust model
   * @param partners the partners
   * @param asOf the day
   * @return each partner's trust in each other, observers in the given order, then subjects
   */
  public List<TrustAssessment> matrix(TrustModel model, List<PartnerId> partners, LocalDate asOf) {
    List<TrustAssessment> all = new ArrayList<>();
    for (PartnerId observer : partners) {
      for (PartnerId subject : partners) {
        if (!observer.equals(subject)) {
          all.add(assess(model, observer, subject, asOf, Optional.empty()));
        }
      }
    }
    return all;
  }
}
