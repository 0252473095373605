package dev.alliance.api.trust;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing one partner saw another do: the raw material of directed trust. The observer is the
 * partner whose trust is at stake, the subject the partner it judges.
 *
 * <pre>{@code
 * TrustObservation stab = new TrustObservation(PartnerId.of("FRA"), PartnerId.of("USA"),
 *     Conduct.UNILATERAL_ACTION, LocalDate.of(2021, 9, 15), "AUKUS announced without consulting France");
 * }</pre>
 *
 * @param observer the partner whose trust the conduct affects
 * @param subject the partner that acted; not the observer
 * @param conduct what the subject did
 * @param on the day it happened
 * @param note what happened, in words; not blank
 */
public record TrustObservation(PartnerId observer, PartnerId subject, Conduct conduct, LocalDate on, String note) {

  /** Validates the observation. */
  public TrustObservation {
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(conduct, "conduct");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(note, "note");
    Checks.check(!observer.equals(subject), "TrustObservation.subject", subject, "must differ from the observer: trust is in another");
    Checks.notBlank("TrustObservation.note", note);
  }
}
