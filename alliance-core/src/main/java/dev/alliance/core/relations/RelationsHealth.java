package dev.alliance.core.relations;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.dispute.Dispute;
import dev.alliance.core.trust.TrustAssessment;
import dev.alliance.core.trust.TrustModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The two inputs to alliance health that relations among members supply, as plain numbers with
 * their explanation: open disputes, and trust.
 *
 * <ul>
 *   <li><b>Disputes.</b> The number of open disputes, and its calm, {@code 1 / (1 + open)}: 1
 *       without disputes, one half with one (the default health scorer's reading of a count). The
 *       explanation lists each open dispute with its stage, the days it has been open and whether
 *       its stage's time limit has run.
 *   <li><b>Trust.</b> The mean of every party's trust in every other party (ordered pairs), by the
 *       trust model; the explanation names the lowest pair. Unknown (empty) with fewer than two
 *       parties.
 * </ul>
 *
 * <pre>{@code
 * RelationsHealth h = relations.health(nato, LocalDate.of(1956, 11, 30));
 * HealthIndicators.builder().openDisputes(h.openDisputes()).trust(h.trust()) ... // the health scorer's inputs
 * h.lines(); // [open disputes 0: calm 1.000, trust 0.612: mean of 6 ordered pairs; lowest USA in GBR 0.216]
 * }</pre>
 *
 * @param asOf the day
 * @param openDisputes the number of open disputes; not negative
 * @param disputeCalm {@code 1 / (1 + openDisputes)}, in {@code (0, 1]}
 * @param trust the mean trust among the parties, in {@code [0, 1]}; empty with fewer than two parties
 * @param reasons how the figures were reached, one line each
 */
public record RelationsHealth(LocalDate asOf, int openDisputes, double disputeCalm, OptionalDouble trust, List<String> reasons) {

  /** Validates the figures. */
  public RelationsHealth {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(trust, "trust");
    Checks.nonNegative("RelationsHealth.openDisputes", openDisputes);
    Checks.inRange("RelationsHealth.disputeCalm", disputeCalm, 0, 1);
    trust.ifPresent(t -> Checks.inRange("RelationsHealth.trust", t, 0, 1));
    reasons = List.copyOf(reasons);
  }

  /**
   * Computes the components from an alliance's relations.
   *
   * @param state the alliance's relations, folded up to the day
   * @param model the trust model
   * @param asOf the day
   * @return the components
   */
  public static RelationsHealth of(RelationsState state, TrustModel model, LocalDate asOf) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    List<String> reasons = new ArrayList<>();
    List<Dispute> open = state.disputes().open();
    double calm = 1.0 / (1 + open.size());
    reasons.add("open disputes " + open.size() + ": calm " + f(calm) + " = 1 / (1 + " + open.size() + ")");
    for (Dispute d : open) {
      reasons.add(
          "  " + d.id() + " " + d.complainant() + " v " + d.respondent() + ": " + d.stage() + " since " + d.stageSince() + ", open "
              + d.daysOpen(asOf) + " days, time limit " + (asOf.isBefore(d.deadline()) ? "runs until " : "ran out on ") + d.deadline());
    }
    List<PartnerId> parties = List.copyOf(state.parties());
    OptionalDouble trust = OptionalDouble.empty();
    if (parties.size() < 2) {
      reasons.add("trust unknown: " + parties.size() + " part" + (parties.size() == 1 ? "y" : "ies"));
    } else {
      List<TrustAssessment> matrix = state.trust().matrix(model, parties, asOf);
      double mean = matrix.stream().mapToDouble(TrustAssessment::level).average().orElseThrow();
      TrustAssessment lowest = matrix.stream().min(Comparator.comparingDouble(TrustAssessment::level)).orElseThrow();
      trust = OptionalDouble.of(Math.min(1, Math.max(0, mean)));
      reasons.add(
          "trust " + f(mean) + ": mean of " + matrix.size() + " ordered pairs of " + parties.size() + " parties; lowest " + lowest.observer()
              + " in " + lowest.subject() + " " + f(lowest.level()));
    }
    return new RelationsHealth(asOf, open.size(), calm, trust, reasons);
  }

  /** @return the explanation */
  public List<String> lines() {
    return reasons;
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
